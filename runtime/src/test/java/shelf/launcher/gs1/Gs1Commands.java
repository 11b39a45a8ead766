package shelf.launcher.gs1;

/** The third party's shell command, in a scope of its own: gs1:prefixes. */
public final class Gs1Commands {

    public void prefixes() {
        System.out.println("690-699  中国大陆 (GS1 China)");
        System.out.println("471      中国台湾");
        System.out.println("489      中国香港");
    }
}

package shelf.launcher;

/** The text of shelf --help. */
final class Usage {

    static final String TEXT = """
            Usage: shelf [--home DIR] [--verbose] [ACTION]

            Actions:
              (none)              open the interactive shell; attaches to the instance already
                                  running on this home, otherwise starts one for the session
              -c "cmd1; cmd2"     run commands and exit; the status is non-zero when one failed
              FILE.shelf          run a script file (statements separated by ';' or newlines,
                                  '#' starts a comment line) and exit
              start               start Shelf in the background on this home
              stop                stop the background instance
              status              say whether an instance runs on this home (status 3 when not)
              restore FILE        put a backup (made with the shell's backup --out FILE) into this
                                  home, which must be new or empty; every file is checked first
              --version           print the versions of Shelf, Apache Felix and Java
              --help              print this text

            Options:
              --home DIR          the instance folder (default: $SHELF_HOME, else ~/.shelf);
                                  holds deploy/ etc/ data/ log/
              --verbose           show stack traces of failed commands and log in more detail

            Logs: HOME/log/shelf.log. Settings: HOME/etc/shelf.properties (framework properties).
            """;

    private Usage() {
    }
}

package shelf.workbooks.internal;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's class loader as the thread's context class loader while a workbook is written: XmlBeans, under POI,
 * finds its schema types through it, and a caller's thread (the shell's, a web request's) has another
 * bundle's. {@code try (PoiThread poi = PoiThread.enter()) { … }}
 */
public final class PoiThread implements AutoCloseable {
    private final Thread thread;
    private final ClassLoader before;

    private PoiThread(Thread thread) {
        this.thread = thread;
        this.before = thread.getContextClassLoader();
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
    }

    public static PoiThread enter() {
        return new PoiThread(Thread.currentThread());
    }

    @Override
    public void close() {
        thread.setContextClassLoader(before);
    }
}

package shelf.channel.wechat.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * Finding products by outer id in a shop that can only be read whole, page by page: one read of the shop at a
 * time, shared by every lookup asked before it started. The WeChat shop has no lookup by out_product_id, so a
 * lookup that read the shop alone cost a page of 30 per 30 products of the shop; with a lookup after every lost
 * answer, a shop of 2,000 products and hundreds of lookups made tens of thousands of reads. Here each read of the
 * shop answers all the lookups waiting for it.
 *
 * <p>A lookup is answered only by a read that began after it was first asked: the product it looks for, if a
 * lost call created it, was created before that, so such a read sees it. In a shop read quickly a lookup waits
 * for its answer (and a read that fails at once fails the lookup with the platform's answer). In a large one —
 * the last read took longer than the lookup's patience, or this one is past its first pages and its patience — it
 * is told to ask again later, at once when the last read was slow, so it does not hold a publishing caller for the
 * whole read (with eight callers and a lookup after one call in five, waiting lookups held most of them), and when
 * it asks again it is answered by the read it was waiting for.
 */
final class ShopWalk {
    /** Reads the whole shop: each product's outer id → its product id; calls {@code pageRead} after each page. */
    @FunctionalInterface
    interface Reader {
        Map<String, String> read(Runnable pageRead) throws ChannelException;
    }

    /** A finished read: when it began, and what it found or why it failed. */
    private record Read(long began, Map<String, String> products, ChannelException failure) {}

    /** Lookups not answered after this long are forgotten (their jobs were cancelled or failed). */
    private static final long FORGET_NANOS = TimeUnit.MINUTES.toNanos(30);

    private final Reader reader;
    private final String platform;
    private final int patientPages;
    private final long patientNanos;
    /** outer id → when it was first asked for and not yet answered (System.nanoTime). */
    private final Map<String, Long> asked = new LinkedHashMap<>();
    private Read last;
    private boolean reading;
    private long readingBegan;
    private int pagesRead;
    /** Whether the last read that went through took longer than a lookup's patience. */
    private boolean slow;
    private boolean readAgain;

    /**
     * @param patientPages how many pages of a read a lookup waits for at the least before it is told to ask again
     *        later, and {@code patientMillis} how long at the least (and how long a read may take for lookups to
     *        wait for the next)
     */
    ShopWalk(Reader reader, String platform, int patientPages, long patientMillis) {
        this.reader = reader;
        this.platform = platform;
        this.patientPages = patientPages;
        this.patientNanos = TimeUnit.MILLISECONDS.toNanos(patientMillis);
    }

    /**
     * The product id of the listing with this outer id, or empty when the shop has none.
     *
     * @throws ChannelException UNDER_REVIEW when the shop is still being read (ask again later; the listing may
     *         exist), or the failure of the read that was to answer
     */
    synchronized Optional<String> find(String outerId) throws ChannelException {
        long now = System.nanoTime();
        forgetOld(now);
        long since = asked.computeIfAbsent(outerId, k -> now);
        while (true) {
            if (last != null && last.began() - since >= 0) {
                asked.remove(outerId);
                if (last.failure() != null) {
                    throw last.failure();
                }
                return Optional.ofNullable(last.products().get(outerId));
            }
            if (!reading) {
                begin();
            } else if (readingBegan - since < 0) {
                readAgain = true; // the read under way began before this lookup: one more after it
            }
            long left = now + patientNanos - System.nanoTime();
            if (slow || pagesRead >= patientPages && left <= 0) {
                throw new ChannelException(Kind.UNDER_REVIEW, "find.reading", platform + "按商家编码" + outerId
                        + "查找商品：店铺商品正在逐页读取（平台不能按商家编码查询），稍后再查");
            }
            try {
                if (pagesRead >= patientPages) {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } else {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChannelException(Kind.BUSY, "", platform + "按商家编码查找商品时被中断");
            }
        }
    }

    private void forgetOld(long now) {
        asked.values().removeIf(at -> now - at > FORGET_NANOS);
    }

    private void begin() {
        reading = true;
        readAgain = false;
        pagesRead = 0;
        // strictly after every lookup asked so far, whatever the clock's resolution
        readingBegan = Math.max(System.nanoTime(), asked.values().stream().mapToLong(Long::longValue).max().orElse(0) + 1);
        long began = readingBegan;
        Thread thread = new Thread(() -> run(began), "shelf-wechat-shop-read");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void pageRead() {
        pagesRead++;
        notifyAll();
    }

    private void run(long began) {
        Map<String, String> products = null;
        ChannelException failure = null;
        try {
            products = reader.read(this::pageRead);
        } catch (ChannelException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new ChannelException(Kind.BUSY, "", platform + "读取店铺商品失败：" + e);
        }
        synchronized (this) {
            last = new Read(began, products, failure);
            if (failure == null) {
                slow = System.nanoTime() - began > patientNanos;
            }
            reading = false;
            if (readAgain) {
                begin();
            }
            notifyAll();
        }
    }
}

package shelf.channel.wechat.internal;

import shelf.api.channel.ChannelException;

/**
 * One read of something slow to read (a whole shop) shared by the callers who need it at the same time. A caller
 * needs a read that starts after it asked — one already under way may have passed what it looks for — so it
 * waits for the running read to end and then shares the next one with everyone who arrived meanwhile: however
 * many ask together, at most two reads, one after the other.
 */
final class SharedWalks<T> {
    /** A read of the thing: what it found, or why it failed. */
    @FunctionalInterface
    interface Walk<T> {
        T run() throws ChannelException;
    }

    private static final class Turn<T> {
        boolean done;
        T result;
        ChannelException failure;
    }

    private Turn<T> running;
    private Turn<T> next;

    /** The result of a read that started after this call. */
    T after(Walk<T> walk) throws ChannelException {
        Turn<T> mine;
        synchronized (this) {
            if (next == null) {
                next = new Turn<>();
            }
            mine = next;
            while (running != null && !mine.done) {
                waitHere();
            }
            if (mine.done) {
                return outcome(mine);
            }
            running = mine; // no read under way: this caller reads for everyone waiting on this turn
            next = null;
        }
        T result = null;
        ChannelException failure = null;
        try {
            result = walk.run();
        } catch (ChannelException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new ChannelException(ChannelException.Kind.BUSY, "find.failed", "微信小店按商家编码查找商品失败：" + e, e);
        }
        synchronized (this) {
            mine.result = result;
            mine.failure = failure;
            mine.done = true;
            running = null;
            notifyAll();
            return outcome(mine);
        }
    }

    private static <T> T outcome(Turn<T> turn) throws ChannelException {
        if (turn.failure != null) {
            throw turn.failure;
        }
        return turn.result;
    }

    private void waitHere() throws ChannelException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(ChannelException.Kind.BUSY, "find.interrupted", "微信小店按商家编码查找商品时被中断");
        }
    }
}

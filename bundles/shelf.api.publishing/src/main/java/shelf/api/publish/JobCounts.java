package shelf.api.publish;

/** How many jobs are in each state. */
public record JobCounts(long pending, long running, long done, long failed, long cancelled) {

    public long total() {
        return pending + running + done + failed + cancelled;
    }

    /** True when nothing is pending or running. */
    public boolean idle() {
        return pending == 0 && running == 0;
    }

    /** "20000 jobs: 19990 done, 10 failed, 0 pending, 0 running, 0 cancelled". */
    @Override
    public String toString() {
        return total() + (total() == 1 ? " job: " : " jobs: ") + done + " done, " + failed + " failed, " + pending
                + " pending, " + running + " running, " + cancelled + " cancelled";
    }
}

package shelf.api.review;

import java.time.Instant;

/** One move of a product through review: who, when, from where to where, and why. */
public record ReviewEvent(ReviewState from, ReviewState to, String by, Instant at, String note) {}

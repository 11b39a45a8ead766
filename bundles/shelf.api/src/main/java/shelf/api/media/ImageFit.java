package shelf.api.media;

/** How an image is brought to a profile's size. */
public enum ImageFit {
    /** Fit inside the box, keeping the proportions, and fill the rest with white. */
    PAD,
    /** Fill the box, keeping the proportions, and cut what sticks out equally on both sides. */
    CROP,
    /** Scale to the profile's width; the height follows the proportions (detail images). */
    WIDTH
}

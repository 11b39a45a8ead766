package shelf.api.media;

/** What an image is for on a listing; main images are checked more strictly (square, white background). */
public enum ImageRole {
    MAIN, DETAIL
}

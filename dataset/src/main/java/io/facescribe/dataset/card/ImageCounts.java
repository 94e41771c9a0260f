package io.facescribe.dataset.card;

/**
 * What happened to the images; immutable.
 *
 * @param images          records read
 * @param kept            status "kept"
 * @param filtered        status "filtered"
 * @param failed          status "failed"
 * @param otherStatus     any other or missing status
 * @param faces           faces found in all images
 * @param keptFaces       faces in kept images
 * @param filterReasons   reasons given for filtered images (an image may give several)
 * @param failureReasons  the error message (the image's own path taken out), or else the reasons, of failed images
 * @param flags           flags noted on kept images
 * @param formats         image formats of all records
 * @param facesPerKept    faces per kept image
 * @param facesPerFiltered faces per filtered image
 * @param groupPhotos     kept images with two faces or more, captioned as a whole photo for trainers
 */
public record ImageCounts(long images, long kept, long filtered, long failed, long otherStatus, long faces,
                          long keptFaces, Tally filterReasons, Tally failureReasons, Tally flags, Tally formats,
                          Spread facesPerKept, Spread facesPerFiltered, long groupPhotos) {
}

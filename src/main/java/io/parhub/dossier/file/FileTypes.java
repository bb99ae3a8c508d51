package io.parhub.dossier.file;

import java.util.Optional;

/** The file types a dossier accepts; recognition by magic bytes lives in {@link io.parhub.shared.FileTypes}. */
public final class FileTypes {

    public static final String PDF = io.parhub.shared.FileTypes.PDF;
    public static final String JPEG = io.parhub.shared.FileTypes.JPEG;
    public static final String PNG = io.parhub.shared.FileTypes.PNG;

    private FileTypes() {
    }

    /** The content type the bytes really are, if one parhub knows. */
    public static Optional<String> detect(byte[] bytes) {
        return io.parhub.shared.FileTypes.detect(bytes);
    }
}

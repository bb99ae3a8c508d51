package io.parhub.dossier.file;

import io.parhub.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits on uploaded files, without the application: sizes, magic bytes, declared types. */
class FileValidatorTest {

    static byte[] pdf(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 'x');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 9);
        return b;
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    }

    private final FileValidator small = new FileValidator(new FileLimits(DataSize.ofBytes(100),
            DataSize.ofBytes(150), null));

    @Test
    void aFileOneByteOverTheLimitIsRefusedAndOneAtTheLimitPasses() {
        assertThat(small.check(List.of(new UploadedFile("Tờ khai", "a.pdf", "application/pdf", pdf(100)))))
                .hasSize(1);
        assertThatThrownBy(() -> small.check(List.of(new UploadedFile("Tờ khai", "a.pdf", "application/pdf",
                pdf(101))))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-file-too-large"));
    }

    @Test
    void theTotalOfASubmissionIsLimited() {
        assertThatThrownBy(() -> small.check(List.of(new UploadedFile("A", "a.pdf", null, pdf(80)),
                new UploadedFile("B", "b.pdf", null, pdf(80))))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-file-submission-too-large"));
    }

    @Test
    void theTypeComesFromTheBytesNotTheNameOrDeclaredType() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> small.check(List.of(new UploadedFile("A", "to-khai.pdf", "application/pdf", exe))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-file-type"));
        // a PNG declared as PDF is refused too: the declared type must agree with the bytes
        assertThatThrownBy(() -> small.check(List.of(new UploadedFile("A", "anh.pdf", "application/pdf", png()))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-file-type"));
        CheckedFile ok = small.check(List.of(new UploadedFile("A", "anh.bin", "application/octet-stream", png())))
                .get(0);
        assertThat(ok.contentType()).isEqualTo(FileTypes.PNG);
        assertThat(ok.sha256()).hasSize(64);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> small.check(List.of(new UploadedFile("A", "a.pdf", null, new byte[0]))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.type()).isEqualTo("dossier-file-empty"));
    }

    @Test
    void theDefaultsAreTenAndThirtyMegabytesOfPdfJpegPng() {
        FileLimits d = FileLimits.defaults();
        assertThat(d.maxFileSize()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(d.maxSubmissionSize()).isEqualTo(DataSize.ofMegabytes(30));
        assertThat(d.allowedTypes()).containsExactly("application/pdf", "image/jpeg", "image/png");
    }
}

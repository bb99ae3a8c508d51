package io.parhub.dossier.file;

import io.parhub.account.AccessPolicy;
import io.parhub.dossier.Dossier;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.Reception;
import io.parhub.dossier.ReceptionOutcome;
import io.parhub.dossier.store.DossierStore;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
import io.parhub.shared.DomainException;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of dossiers: the citizen's online submission with its files (one transaction: the dossier and its files are
 * written together or not at all), and reading them back for those allowed.
 */
@Service
@EnableConfigurationProperties(FileLimits.class)
public class DossierFiles {

    /** A stored file without its bytes. */
    public record FileInfo(long id, String componentName, String originalName, String contentType, long size,
            String sha256, LocalDateTime uploadedAt, String uploadedBy) {
    }

    /** A file to download. */
    public record FileContent(FileInfo info, byte[] bytes) {
    }

    private final Dossiers dossiers;
    private final DossierStore dossierStore;
    private final DossierFileStore files;
    private final Procedures procedures;
    private final AccessPolicy access;
    private final FileValidator validator;

    DossierFiles(Dossiers dossiers, DossierStore dossierStore, DossierFileStore files, Procedures procedures,
            AccessPolicy access, FileLimits limits) {
        this.dossiers = dossiers;
        this.dossierStore = dossierStore;
        this.files = files;
        this.procedures = procedures;
        this.access = access;
        this.validator = new FileValidator(limits);
    }

    /**
     * Checks the files and the components, submits the dossier online and stores its files, all in this one
     * transaction ({@link Dossiers#submitOnline} joins it). A retry with the same idempotency key returns the first
     * dossier and stores nothing more.
     */
    @Transactional
    public ReceptionOutcome submitOnline(Reception reception, String receivingAgencyCode, List<UploadedFile> uploads,
            LocalDateTime at, @Nullable String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw DomainException.invalid("dossier-file-idempotency-key", "dossier-file.problem.idempotency-key");
        }
        List<CheckedFile> checked = validator.check(uploads);
        Procedure procedure = procedures.find(reception.procedureCode(), at.toLocalDate()).orElseThrow(
                () -> DomainException.invalid("dossier-unknown-procedure", "dossier.problem.unknown-procedure",
                        reception.procedureCode(), at.toLocalDate().toString()));
        Set<String> known = procedure.content().components().stream().map(DossierComponent::name)
                .collect(Collectors.toSet());
        Set<String> named = new LinkedHashSet<>(reception.componentsHandedIn());
        checked.forEach(f -> named.add(f.componentName()));
        for (String name : named) {
            if (!known.contains(name)) {
                throw DomainException.invalid("dossier-file-unknown-component",
                        "dossier-file.problem.unknown-component", name, procedure.code());
            }
        }
        Set<String> withFile = checked.stream().map(CheckedFile::componentName).collect(Collectors.toSet());
        for (String name : reception.componentsHandedIn()) {
            if (!withFile.contains(name)) {
                throw DomainException.invalid("dossier-file-missing-file", "dossier-file.problem.missing-file",
                        name);
            }
        }
        Reception withFiles = new Reception(reception.procedureCode(), reception.channel(),
                reception.handlingAgencyCode(), reception.applicant(), List.copyOf(named), List.of(), null);
        ReceptionOutcome outcome = dossiers.submitOnline(withFiles, receivingAgencyCode, at, idempotencyKey.strip());
        if (!outcome.replayed()) {
            Dossier dossier = dossierStore.find(outcome.dossier().code()).orElseThrow();
            long id = java.util.Objects.requireNonNull(dossier.id());
            for (CheckedFile f : checked) {
                files.insert(id, dossier.code(), f, at, "citizen");
            }
        }
        return outcome;
    }

    /** The files of a dossier, for staff who may read its receiving or handling agency (403 otherwise). */
    @Transactional(readOnly = true)
    public List<FileInfo> list(String code) {
        requireRead(code);
        return files.list(code).stream().map(DossierFiles::info).toList();
    }

    @Transactional(readOnly = true)
    public FileContent download(String code, long id) {
        requireRead(code);
        DossierFileStore.Row row = files.find(code, id).orElseThrow(() -> DomainException.notFound(
                "dossier-file-not-found", "dossier-file.problem.not-found", String.valueOf(id), code));
        return new FileContent(info(row), files.bytes(row.id()));
    }

    /** For the citizen: the files of the dossier when {@code check} is right (the tracking check), else 404. */
    @Transactional(readOnly = true)
    public List<FileInfo> listPublic(String code, String check) {
        dossiers.track(code, check).orElseThrow(() -> DomainException.notFound("dossier-not-found",
                "dossier.problem.not-found", code));
        return files.list(code).stream().map(DossierFiles::info).toList();
    }

    private void requireRead(String code) {
        Dossier d = dossierStore.find(code).orElseThrow(() -> DomainException.notFound("dossier-not-found",
                "dossier.problem.not-found", code));
        if (!access.canRead(d.handlingAgencyId()) && !access.canRead(d.receivingAgencyId())) {
            access.requireRead(d.handlingAgencyId());
        }
    }

    private static FileInfo info(DossierFileStore.Row r) {
        return new FileInfo(r.id(), r.componentName(), r.originalName(), r.contentType(), r.size(), r.sha256(),
                r.uploadedAt(), r.uploadedBy());
    }
}

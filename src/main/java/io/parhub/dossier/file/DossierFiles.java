package io.parhub.dossier.file;

import io.parhub.account.AccessPolicy;
import io.parhub.account.CurrentStaff;
import io.parhub.account.Role;
import io.parhub.dossier.Dossier;
import io.parhub.dossier.Dossiers;
import io.parhub.dossier.PublicTracking;
import io.parhub.dossier.Reception;
import io.parhub.dossier.ReceptionOutcome;
import io.parhub.dossier.store.DossierStore;
import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.Procedure;
import io.parhub.procedure.Procedures;
import io.parhub.shared.AuditTrail;
import io.parhub.shared.DomainException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of dossiers: the citizen's online submission with its files (one transaction: the dossier and its files are
 * written together or not at all), the result files attached by the handling agency, and reading them back for those
 * allowed. Components are shown to staff only; the result is downloadable by the citizen (with the tracking check)
 * once it has been signed off.
 */
@Service
@EnableConfigurationProperties(FileLimits.class)
public class DossierFiles {

    /** A stored file without its bytes. */
    public record FileInfo(long id, FileKind kind, String componentName, String originalName, String contentType,
            long size, String sha256, LocalDateTime uploadedAt, String uploadedBy) {
    }

    /** A file to download. */
    public record FileContent(FileInfo info, byte[] bytes) {
    }

    /**
     * The result files of one attach command, in the order sent (a file sent twice appears once).
     *
     * @param stored how many of them were new; 0 when every file was already attached (a retry)
     */
    public record AttachedResult(List<FileInfo> files, int stored) {
    }

    /** While the result may be attached: processing, or signed off and not yet returned. */
    private static final Set<Dossier.Status> RESULT_OPEN = EnumSet.of(Dossier.Status.IN_PROGRESS,
            Dossier.Status.RESOLVED);
    /** When the citizen may download the result: signed off (RESOLVED) or returned (DELIVERED). */
    private static final Set<String> RESULT_PUBLIC = Set.of(Dossier.Status.RESOLVED.name(),
            Dossier.Status.DELIVERED.name());

    private final Dossiers dossiers;
    private final DossierStore dossierStore;
    private final DossierFileStore files;
    private final Procedures procedures;
    private final AccessPolicy access;
    private final FileValidator validator;
    private final AuditTrail audit;

    DossierFiles(Dossiers dossiers, DossierStore dossierStore, DossierFileStore files, Procedures procedures,
            AccessPolicy access, FileLimits limits, AuditTrail audit) {
        this.dossiers = dossiers;
        this.dossierStore = dossierStore;
        this.files = files;
        this.procedures = procedures;
        this.access = access;
        this.validator = new FileValidator(limits);
        this.audit = audit;
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
                files.insert(id, dossier.code(), FileKind.COMPONENT, f, at, "citizen");
            }
        }
        return outcome;
    }

    /**
     * Attaches result files to a dossier (role SPECIALIST or AGENCY_LEADER of the handling agency's subtree, 403
     * otherwise) while it is IN_PROGRESS or RESOLVED (409 otherwise), checked like submitted files (type by the
     * bytes, same size limits; 400 and nothing written when one fails). Each new file gets one audit entry; bytes
     * already attached as a result are not stored again, so a retry changes nothing. One transaction.
     */
    @Transactional
    public AttachedResult attachResult(String code, List<UploadedFile> uploads, LocalDateTime at) {
        Dossier d = dossierStore.find(code).orElseThrow(() -> notFound(code));
        CurrentStaff staff = access.current().orElseThrow(
                () -> DomainException.forbidden("forbidden", "error.page.403"));
        if (!hasResultRole(staff)) {
            throw DomainException.forbidden("dossier-role", "dossier.problem.role", "SPECIALIST, AGENCY_LEADER");
        }
        access.requireChange(d.handlingAgencyId());
        long dossierId = Objects.requireNonNull(d.id());
        String status = files.lockStatus(dossierId).orElseThrow(() -> notFound(code));
        if (!RESULT_OPEN.contains(Dossier.Status.valueOf(status))) {
            throw DomainException.conflict("dossier-result-status", "dossier-result.problem.status", code);
        }
        if (uploads.isEmpty()) {
            throw DomainException.invalid("dossier-result-no-file", "dossier-result.problem.no-file");
        }
        List<CheckedFile> checked = validator.check(uploads.stream().map(u -> new UploadedFile("", u.originalName(),
                u.declaredType(), u.bytes())).toList());
        Map<String, FileInfo> attached = new LinkedHashMap<>();
        int stored = 0;
        for (CheckedFile f : checked) {
            boolean isNew = files.insert(dossierId, code, FileKind.RESULT, f, at, staff.username());
            FileInfo info = info(files.find(code, FileKind.RESULT, f.sha256()).orElseThrow());
            if (isNew) {
                stored++;
                audit.record(staff.username(), "dossier.result-file-attached", "dossier", code, Map.of(
                        "fileId", info.id(), "name", f.originalName(), "sha256", f.sha256(),
                        "size", f.bytes().length));
            }
            attached.putIfAbsent(f.sha256(), info);
        }
        return new AttachedResult(new ArrayList<>(attached.values()), stored);
    }

    /** Whether the signed-in staff member may attach result files to the dossier now (for showing the form). */
    @Transactional(readOnly = true)
    public boolean mayAttachResult(String code) {
        Optional<CurrentStaff> staff = access.current();
        return staff.isPresent() && hasResultRole(staff.get()) && dossierStore.find(code)
                .filter(d -> RESULT_OPEN.contains(d.status()) && access.canChange(d.handlingAgencyId()))
                .isPresent();
    }

    /** The result files of a dossier, for staff who may read it (403 otherwise). */
    @Transactional(readOnly = true)
    public List<FileInfo> listResults(String code) {
        requireRead(code);
        return files.list(code, FileKind.RESULT).stream().map(DossierFiles::info).toList();
    }

    /**
     * For the citizen: the result files, with the tracking check (404 when the code is unknown or the check wrong,
     * not told apart), once the result has been signed off (409 while the dossier is not RESOLVED or DELIVERED: the
     * check proved the caller is the applicant, so saying "not yet" reveals nothing).
     */
    @Transactional(readOnly = true)
    public List<FileInfo> listResultsPublic(String code, String check) {
        requireResultPublic(code, check);
        return files.list(code, FileKind.RESULT).stream().map(DossierFiles::info).toList();
    }

    /** For the citizen: one result file, on the terms of {@link #listResultsPublic}; a component file is a 404. */
    @Transactional(readOnly = true)
    public FileContent downloadResultPublic(String code, String check, long id) {
        requireResultPublic(code, check);
        DossierFileStore.Row row = files.find(code, id).filter(r -> r.kind() == FileKind.RESULT)
                .orElseThrow(() -> DomainException.notFound("dossier-file-not-found",
                        "dossier-file.problem.not-found", String.valueOf(id), code));
        return new FileContent(info(row), files.bytes(row.id()));
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

    /**
     * For the citizen: the component files of the dossier when {@code check} is right (the tracking check), else
     * 404. Result files are listed by {@link #listResultsPublic} once signed off.
     */
    @Transactional(readOnly = true)
    public List<FileInfo> listPublic(String code, String check) {
        dossiers.track(code, check).orElseThrow(() -> notFound(code));
        return files.list(code, FileKind.COMPONENT).stream().map(DossierFiles::info).toList();
    }

    private void requireResultPublic(String code, String check) {
        PublicTracking tracking = dossiers.track(code, check).orElseThrow(() -> notFound(code));
        if (!RESULT_PUBLIC.contains(tracking.status())) {
            throw DomainException.conflict("dossier-result-not-ready", "dossier-result.problem.not-ready", code);
        }
    }

    private static boolean hasResultRole(CurrentStaff staff) {
        return staff.has(Role.SPECIALIST) || staff.has(Role.AGENCY_LEADER);
    }

    private static DomainException notFound(String code) {
        return DomainException.notFound("dossier-not-found", "dossier.problem.not-found", code);
    }

    /** Who may read the dossier (receiving, handling or a part's agency) may read its files; 403 otherwise. */
    private void requireRead(String code) {
        dossiers.find(code).orElseThrow(() -> notFound(code));
    }

    private static FileInfo info(DossierFileStore.Row r) {
        return new FileInfo(r.id(), r.kind(), r.componentName(), r.originalName(), r.contentType(), r.size(),
                r.sha256(), r.uploadedAt(), r.uploadedBy());
    }
}

package io.parhub.procedure.page;

import io.parhub.procedure.DossierComponent;
import io.parhub.procedure.FormTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * One row of the dossier components on the staff form: name, originals, copies and the form template. A form
 * already stored is kept by its SHA-256; a file chosen in this submission is held (base64, hidden) until the
 * decision is published, so a rejected submission does not make the officer choose the file again.
 */
public class ComponentRow {

    private String name = "";
    private String originals = "";
    private String copies = "";
    private @Nullable Long formId;
    private String formFileName = "";
    private String formContentType = "";
    private String formSha256 = "";
    private @Nullable Long formSize;
    private String heldContent = "";
    private boolean removeForm;
    private @Nullable MultipartFile upload;

    static ComponentRow of(DossierComponent component) {
        ComponentRow row = new ComponentRow();
        row.name = component.name();
        row.originals = component.originals() == null ? "" : component.originals().toString();
        row.copies = component.copies() == null ? "" : component.copies().toString();
        FormTemplate form = component.form();
        if (form != null) {
            row.formId = form.id();
            row.formFileName = form.fileName();
            row.formContentType = form.contentType();
            row.formSha256 = form.sha256() == null ? "" : form.sha256();
            row.formSize = form.size();
        }
        return row;
    }

    boolean blank() {
        return name.isEmpty() && originals.isEmpty() && copies.isEmpty() && !hasNewFile() && formSha256.isEmpty();
    }

    /** Moves a file chosen in this submission into the held fields (it replaces a stored form of the row). */
    void holdUpload() {
        if (upload == null || upload.isEmpty()) {
            return;
        }
        try {
            heldContent = Base64.getEncoder().encodeToString(upload.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        formFileName = upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()
                ? "form" : upload.getOriginalFilename().strip();
        formContentType = upload.getContentType() == null || upload.getContentType().isBlank()
                ? "application/octet-stream" : upload.getContentType();
        formSize = upload.getSize();
        formSha256 = "";
        formId = null;
        removeForm = false;
        upload = null;
    }

    boolean hasNewFile() {
        return !heldContent.isEmpty() || (upload != null && !upload.isEmpty());
    }

    /** The form template this row publishes: a new file, the stored one kept, or none. */
    @Nullable FormTemplate form() {
        if (removeForm) {
            return null;
        }
        if (!heldContent.isEmpty()) {
            return FormTemplate.upload(formFileName, formContentType, Base64.getDecoder().decode(heldContent));
        }
        if (!formSha256.isEmpty()) {
            return new FormTemplate(null, formFileName, formContentType, formSha256, null, null);
        }
        return null;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = DecisionHeader.clean(name); }
    public String getOriginals() { return originals; }
    public void setOriginals(String originals) { this.originals = DecisionHeader.clean(originals); }
    public String getCopies() { return copies; }
    public void setCopies(String copies) { this.copies = DecisionHeader.clean(copies); }
    public @Nullable Long getFormId() { return formId; }
    public void setFormId(@Nullable Long formId) { this.formId = formId; }
    public String getFormFileName() { return formFileName; }
    public void setFormFileName(String formFileName) { this.formFileName = DecisionHeader.clean(formFileName); }
    public String getFormContentType() { return formContentType; }
    public void setFormContentType(String type) { this.formContentType = DecisionHeader.clean(type); }
    public String getFormSha256() { return formSha256; }
    public void setFormSha256(String formSha256) { this.formSha256 = DecisionHeader.clean(formSha256); }
    public @Nullable Long getFormSize() { return formSize; }
    public void setFormSize(@Nullable Long formSize) { this.formSize = formSize; }
    public String getHeldContent() { return heldContent; }
    public void setHeldContent(String heldContent) { this.heldContent = DecisionHeader.clean(heldContent); }
    public boolean isRemoveForm() { return removeForm; }
    public void setRemoveForm(boolean removeForm) { this.removeForm = removeForm; }
    public @Nullable MultipartFile getUpload() { return upload; }
    public void setUpload(@Nullable MultipartFile upload) { this.upload = upload; }
}

package org.yothub.casework;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.validation.Validator;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.yothub.casework.child.ChildService;
import org.yothub.casework.child.ChildView;
import org.yothub.casework.reference.OutcomeCodes;
import org.yothub.platform.audit.AuditedEntity;
import org.yothub.platform.web.ProblemException;

/**
 * The common steps of the forms that add to a child's record: build the model (the child and the
 * form's values and errors), check the form object, save with an audit entry, and go back to the
 * record's tab; any problem re-renders the form with what was typed.
 */
@Singleton
public class RecordForms {
    private final ChildService children;
    private final Validator validator;
    private final PageAudit audit;
    private final OutcomeCodes codes;

    RecordForms(ChildService children, Validator validator, PageAudit audit, OutcomeCodes codes) {
        this.children = children;
        this.codes = codes;
        this.validator = validator;
        this.audit = audit;
    }

    public Map<String, Object> model(UUID childId, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("child", children.find(childId));
        model.put("values", values);
        model.put("errors", errors);
        model.put("outcomeCodes", codes.all());
        return model;
    }

    /**
     * Checks {@code form} (and any problems already found while reading it), then creates the
     * record and redirects to the child's {@code tab}.
     */
    public <T> HttpResponse<?> create(Target target, FormFields fields, T form, String entity,
                                      java.util.function.Function<T, ? extends AuditedEntity> save) {
        save(target, fields, form, () -> audit.created(entity, () -> save.apply(form)));
        return back(target.childId(), target.tab());
    }

    /** As {@link #create} for changes, audited by the caller's {@code @Audited}. */
    public <T> HttpResponse<?> change(Target target, FormFields fields, T form, Supplier<?> save) {
        save(target, fields, form, save);
        return back(target.childId(), target.tab());
    }

    /**
     * Deletes a record from its edit page and goes back to the child's {@code tab}. The form carries
     * only the version the user saw; when the record has changed since, nothing is deleted and the
     * edit page shows the record as it now is ({@code current}) with the conflict message (409).
     */
    public HttpResponse<?> delete(Target target, FormFields fields, Map<String, String> current, Consumer<Long> delete) {
        Long version = fields.whole("version", "Version");
        fields.values().clear();
        fields.values().putAll(current);
        if (version == null) {
            fields.error("version", "Open the record again, then delete it");
            throw rejected(target, fields, HttpStatus.BAD_REQUEST);
        }
        try {
            delete.accept(version);
        } catch (io.micronaut.data.exceptions.OptimisticLockException e) {
            fields.error("version", "Someone else changed this record after you opened it; nothing was deleted. "
                    + "Check their change below, then delete it if it is still wrong.");
            throw rejected(target, fields, HttpStatus.CONFLICT);
        }
        return back(target.childId(), target.tab());
    }

    /** Where a form belongs: its view, the child, the record tab to go back to, extra model entries. */
    public record Target(String view, UUID childId, String tab, Map<String, Object> extra) {
        public Target(String view, UUID childId, String tab) {
            this(view, childId, tab, Map.of());
        }
    }

    private <T> void save(Target target, FormFields fields, T form, Supplier<?> save) {
        fields.addViolations(validator.validate(form));
        if (fields.hasErrors()) {
            throw rejected(target, fields, HttpStatus.BAD_REQUEST);
        }
        try {
            save.get();
        } catch (ProblemException e) {
            fields.addProblem(e);
            throw rejected(target, fields, HttpStatus.BAD_REQUEST);
        } catch (io.micronaut.data.exceptions.OptimisticLockException e) {
            fields.error("version", "Someone else changed this record after you opened it; nothing was saved. "
                    + "Open it again to see their change.");
            throw rejected(target, fields, HttpStatus.CONFLICT);
        }
    }

    /** The form re-rendered with the problems found so far (400). */
    public FormProblemException rejected(Target target, FormFields fields) {
        return rejected(target, fields, HttpStatus.BAD_REQUEST);
    }

    private FormProblemException rejected(Target target, FormFields fields, HttpStatus status) {
        Map<String, Object> model = model(target.childId(), fields.values(), fields.errors());
        model.putAll(target.extra());
        return new FormProblemException(status, target.view(), model);
    }

    public static HttpResponse<?> back(UUID childId, String tab) {
        return HttpResponse.seeOther(URI.create("/children/" + childId + "#" + tab));
    }

    public ChildView child(UUID childId) {
        return children.find(childId);
    }
}

package org.yothub.casework.child;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.persistence.Versions;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** Parents/carers and professionals of a child. */
@Singleton
public class ContactPersonService {
    private final ChildContactPersonRepository people;
    private final ChildService children;

    ContactPersonService(ChildContactPersonRepository people, ChildService children) {
        this.people = people;
        this.children = children;
    }

    @TenantTransactional(readOnly = true)
    public List<ContactPersonView> list(UUID childId) {
        requireChild(childId);
        return people.findByChildId(childId).stream()
                .sorted(java.util.Comparator.comparing(ChildContactPerson::getKind).thenComparing(ChildContactPerson::getName))
                .map(ContactPersonView::of).toList();
    }

    @TenantTransactional(readOnly = true)
    public ContactPersonView find(UUID id) {
        return ContactPersonView.of(require(id));
    }

    @TenantTransactional
    public ContactPersonView create(UUID childId, ContactPersonForm form) {
        requireChild(childId);
        ChildContactPerson p = new ChildContactPerson();
        p.setId(UUID.randomUUID());
        p.setChildId(childId);
        apply(p, form);
        return ContactPersonView.of(people.save(p));
    }

    @TenantTransactional
    public ContactPersonView update(UUID id, ContactPersonForm form) {
        ChildContactPerson p = require(id);
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "Send the version of the record you edited");
        }
        apply(p, form);
        p.setVersion(form.version());
        return ContactPersonView.of(people.update(p));
    }

    /** Removes the person; with {@code version}, only while it is still that version (else 409). */
    @TenantTransactional
    public void delete(UUID id, @Nullable Long version) {
        ChildContactPerson p = require(id);
        Versions.requireCurrent("The parent, carer or professional", version, p.getVersion());
        people.delete(p);
    }

    private ChildContactPerson require(UUID id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException("Contact person"));
    }

    private void requireChild(UUID childId) {
        children.facts(childId); // 404 for a missing or foreign child; inside a record read, from its one read
    }

    private static void apply(ChildContactPerson p, ContactPersonForm f) {
        p.setKind(f.kind());
        p.setName(f.name().trim());
        p.setRelationship(ChildService.blankToNull(f.relationship()));
        p.setOrganisation(ChildService.blankToNull(f.organisation()));
        p.setPhone(ChildService.blankToNull(f.phone()));
        p.setEmail(ChildService.blankToNull(f.email()));
        p.setAddress(ChildService.blankToNull(f.address()));
        p.setParentalResponsibility(f.parentalResponsibility());
        p.setNotes(ChildService.blankToNull(f.notes()));
    }
}

package org.yothub.casework.contact;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/** The Contacts tab of a child's record: compliance as of today and the contacts. */
@Singleton
class ContactSection implements ChildRecordSection {
    private final ContactService contacts;

    ContactSection(ContactService contacts) {
        this.contacts = contacts;
    }

    /** The tab's content. */
    @Serdeable
    public record ContactTab(ContactCompliance compliance, List<ContactView> contacts) { }

    @Override
    public String key() {
        return "contacts";
    }

    @Override
    public Object load(UUID childId) {
        return new ContactTab(contacts.compliance(childId, null), contacts.list(childId));
    }
}

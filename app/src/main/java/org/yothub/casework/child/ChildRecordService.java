package org.yothub.casework.child;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.platform.tenancy.ReadOnce;
import org.yothub.platform.tenancy.TenantTransactional;

/** Reads a child's whole record in one read-only transaction (record page, subject access export). */
@Singleton
public class ChildRecordService {
    private final ChildService children;
    private final ContactPersonService people;
    private final List<ChildRecordSection> sections;

    ChildRecordService(ChildService children, ContactPersonService people, List<ChildRecordSection> sections) {
        this.children = children;
        this.people = people;
        this.sections = sections;
    }

    /**
     * The child and every section, as one {@link ReadOnce} unit: what several sections read (the
     * child, the tenant's settings, the child's orders, offences, hearings, contacts, statuses) is
     * read once for all of them.
     */
    @TenantTransactional(readOnly = true)
    public ChildRecord load(UUID id) {
        return ReadOnce.within(() -> {
            ChildView child = children.find(id);
            Map<String, Object> loaded = new LinkedHashMap<>();
            for (ChildRecordSection s : sections) {
                loaded.put(s.key(), s.load(id));
            }
            return new ChildRecord(child, people.list(id), loaded);
        });
    }
}

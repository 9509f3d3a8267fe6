package org.yothub.casework.child;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
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
     * The child and every section as its tab shows it, as one {@link ReadOnce} unit: what several
     * sections read (the child, the tenant's settings, the child's orders, offences, hearings,
     * contacts, statuses) is read once for all of them.
     */
    @TenantTransactional(readOnly = true)
    public ChildRecord load(UUID id) {
        return read(id, Set.of(), (s, child) -> s.onRecordPage() ? s.load(child) : null);
    }

    /**
     * The child and every section in full ({@link ChildRecordSection#loadInFull}) for a subject
     * access request, except the sections named in {@code withheld}, which are not read at all. One
     * read-only transaction and one {@link ReadOnce} unit, as {@link #load}.
     */
    @TenantTransactional(readOnly = true)
    public ChildRecord loadInFull(UUID id, Set<String> withheld) {
        return read(id, withheld, ChildRecordSection::loadInFull);
    }

    private ChildRecord read(UUID id, Set<String> withheld, BiFunction<ChildRecordSection, UUID, Object> read) {
        return ReadOnce.within(() -> {
            ChildView child = children.find(id);
            Map<String, Object> loaded = new LinkedHashMap<>();
            for (ChildRecordSection s : sections) {
                Object content = withheld.contains(s.key()) ? null : read.apply(s, id);
                if (content != null) {
                    loaded.put(s.key(), content);
                }
            }
            return new ChildRecord(child, people.list(id), loaded);
        });
    }
}

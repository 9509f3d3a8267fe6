package org.yothub.riskregister.objective;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/**
 * The current YOT's service objectives. Every tenant starts with the objectives of the seed plans
 * (Leicestershire's six service objectives, which also cover Portsmouth's three outcome measures,
 * and a governance objective for Southampton's partnership risks); a manager may add, rename or retire them.
 */
@Singleton
public class RiskObjectiveService {
    static final List<String> STANDARD = List.of(
            "Prevent children and young people from entering the youth justice system",
            "Reduce re-offending by children and young people",
            "Minimise the use of remand and custody",
            "Minimise the risk of harm posed by children and young people",
            "Protect children and young people from harm and help them achieve",
            "Improve victim satisfaction and public confidence",
            "Governance, partnerships and resources");
    private final RiskObjectiveRepository objectives;

    RiskObjectiveService(RiskObjectiveRepository objectives) {
        this.objectives = objectives;
    }

    @TenantTransactional(readOnly = true)
    public List<RiskObjectiveView> all() {
        return objectives.findAllOrderBySortOrder().stream().map(RiskObjectiveView::of).toList();
    }

    @TenantTransactional(readOnly = true)
    public RiskObjectiveView show(UUID id) {
        return objectives.findById(id).map(RiskObjectiveView::of).orElseThrow(() -> new NotFoundException("Risk objective"));
    }

    @TenantTransactional
    public RiskObjectiveView create(RiskObjectiveForm form) {
        if (objectives.existsByTitleIlike(form.title().trim())) {
            throw ProblemException.field("title", "unique", "is already an objective");
        }
        RiskObjective o = new RiskObjective();
        o.setId(UUID.randomUUID());
        o.setTitle(form.title().trim());
        o.setActive(form.active() == null || form.active());
        o.setSortOrder(objectives.findAllOrderBySortOrder().stream().mapToInt(RiskObjective::getSortOrder).max().orElse(0) + 1);
        return RiskObjectiveView.of(objectives.save(o));
    }

    @TenantTransactional
    public RiskObjectiveView update(UUID id, RiskObjectiveForm form) {
        RiskObjective o = objectives.findById(id).orElseThrow(() -> new NotFoundException("Risk objective"));
        if (form.version() == null) {
            throw ProblemException.field("version", "required", "must be sent back as read, to detect conflicting changes");
        }
        o.setVersion(form.version());
        o.setTitle(form.title().trim());
        o.setActive(form.active() == null || form.active());
        return RiskObjectiveView.of(objectives.update(o));
    }

    /** The objective with this title (any case), added to the list if the YOT does not have it yet (imports). */
    @TenantTransactional
    public RiskObjectiveView findOrAdd(String title) {
        String clean = title == null || title.isBlank() ? STANDARD.get(STANDARD.size() - 1) : title.trim();
        return objectives.findByTitleIlike(clean).map(RiskObjectiveView::of)
                .orElseGet(() -> create(new RiskObjectiveForm(clean.length() > 200 ? clean.substring(0, 200) : clean, true, null)));
    }

    /** Adds the standard objectives this tenant does not have yet (idempotent). */
    @TenantTransactional
    public int ensureStandardObjectives() {
        int added = 0;
        for (int i = 0; i < STANDARD.size(); i++) {
            if (!objectives.existsByTitleIlike(STANDARD.get(i))) {
                RiskObjective o = new RiskObjective();
                o.setId(UUID.randomUUID());
                o.setTitle(STANDARD.get(i));
                o.setActive(true);
                o.setSortOrder(i + 1);
                objectives.save(o);
                added++;
            }
        }
        return added;
    }
}

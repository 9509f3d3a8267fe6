package org.yothub.volunteers.panel;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/**
 * The referral order panels about a child (date, members, outcome and its notes), part of the
 * child's record for a subject access request. The record page does not show it (panels are
 * managed on the volunteers' pages), so a page view does not read it.
 */
@Singleton
class PanelSection implements ChildRecordSection {
    private final PanelService panels;

    PanelSection(PanelService panels) {
        this.panels = panels;
    }

    @Override
    public String key() {
        return "referral_panels";
    }

    @Override
    public Object load(UUID childId) {
        return panels.forChild(childId);
    }

    @Override
    public boolean onRecordPage() {
        return false;
    }
}

<@m.narrative "workforce"/>

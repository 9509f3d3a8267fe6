<@m.narrative "child_first"/>

<@m.narrative "local_context"/>

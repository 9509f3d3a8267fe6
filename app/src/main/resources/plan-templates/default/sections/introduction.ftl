<@m.narrative "introduction"/>

<@m.narrative "evidence_based_practice"/>

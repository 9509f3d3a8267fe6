package org.yothub.riskregister.demo;

import java.util.List;
import java.util.Map;
import org.yothub.riskregister.risk.SourceConvention;

/**
 * The risks in the demo tenants' seed documents, wording summarised, owners as roles: Leicestershire's
 * 2013-14 register (seed 003 §9, impact 1 = high to 5 = low), Southampton's 2021 register (seed 001
 * appendix 8, High/Medium/Low) and Portsmouth's risks to delivery (seed 002 §4, unrated).
 */
final class DemoRisks {
    private DemoRisks() {
    }

    static final String FTE = "Prevent children and young people from entering the youth justice system";
    static final String REOFFENDING = "Reduce re-offending by children and young people";
    static final String CUSTODY = "Minimise the use of remand and custody";
    static final String HARM = "Minimise the risk of harm posed by children and young people";
    static final String SAFEGUARDING = "Protect children and young people from harm and help them achieve";
    static final String VICTIMS = "Improve victim satisfaction and public confidence";
    static final String GOVERNANCE = "Governance, partnerships and resources";

    /** objective, title, description, impact narrative, rating, controls (one per line), owner, action owner. */
    record Seed(String objective, String title, String description, String impactNarrative, String rating,
                String controls, String owner, String actionOwner) { }

    /** A demo tenant's register: its convention, reference prefix, seeds, and which references are escalated to the board. */
    record Register(SourceConvention convention, String prefix, List<Seed> risks, List<Integer> escalated) { }

    static final Map<String, Register> REGISTERS = Map.of(
            "leicestershire", new Register(SourceConvention.LEICESTERSHIRE_IMPACT, "LRR", List.of(
                    new Seed(FTE, "Youth crime prevention funding passes to the Police and Crime Commissioner",
                            "The Home Office element of central funding for youth crime prevention has passed to the Police and Crime Commissioner in 2013/14.",
                            null, "2", "Contribute to the PCC handbook and negotiations so the funding stays available to the YOS\nMake contingency plans in case the money is not available",
                            "Head of YOS", "Head of YOS"),
                    new Seed(FTE, "The fall in first time entrants levels off", "The reduction in the number of first time entrants each year will level off.",
                            null, "2", "Monitor the number of first time entrants every quarter\nIdentify areas of poorer performance and resolve them with partners",
                            "Head of Service", "Head of Service"),
                    new Seed(FTE, "Less prevention funding harms outcomes", "A reduction in prevention funding affects outcomes, in particular first time entrants, re-offending and community satisfaction.",
                            null, "2", "Target resources effectively to minimise any impact", "Head of Service", "Head of Service"),
                    new Seed(REOFFENDING, "Funding and the service review harm outcomes", "The funding position and the YOS service review have a negative impact on outcomes.",
                            null, "2", "Monitor outcome performance and identify issues and remedies", "Head of Service", "Head of Service"),
                    new Seed(REOFFENDING, "Fewer but more serious first time entrants raise re-offending",
                            "Those who do enter the youth justice system do so at a more serious level and are more likely to re-offend.",
                            null, "2", "Monitor outcomes data and keep the targeting and quality of work to reduce re-offending robust",
                            "Head of Service and YOS Managers", "Head of Service and YOS Managers"),
                    new Seed(REOFFENDING, "NHS YOT funding moves to Clinical Commissioning Groups",
                            "National NHS YOT funding distributed through PCTs passes to Clinical Commissioning Groups, whose role in youth justice is uncertain.",
                            null, "3", "Seek through the MoJ and local partnerships that the funds pass through Public Health, or that the YOS can still access them",
                            "Head of Service", "Head of Service"),
                    new Seed(REOFFENDING, "Smaller education, training and employment team", "Reduced ETE team resources are likely to affect the educational attainment of young people at risk of re-offending.",
                            "Increases the risk of re-offending.", "3", "Work with CYPS to support young people not in education, training or employment\nRaise offender learning and basic skills with the LLEP\nFind alternative basic skills provision with providers",
                            "YOS Manager, Interventions", "YOS Manager, Interventions"),
                    new Seed(REOFFENDING, "The economic climate cuts ETE for 16 and 17 year olds", "The economic climate is likely to reduce the number of 16/17 year olds in education, training or employment.",
                            null, "2", "Maximise access to ETE for 16/17 year olds\nReduce the number of school-age young people who are NEET",
                            "YOS Interventions Manager", "YOS Interventions Manager"),
                    new Seed(CUSTODY, "Low use of remand and custody is not maintained", "The current low use of remand and custody is not maintained.",
                            null, "3", "Close liaison with the court\nGood use of YRO sentencing options\nReview custody cases to identify learning",
                            "YOS Manager, Post Court North", "YOS Manager, Post Court North"),
                    new Seed(CUSTODY, "Remand costs transferred to the local authority", "The transfer of remand costs to the local authority could increase its costs in future years.",
                            null, "1", "Joint work with CYPS to minimise the impact, including more alternatives to remand and custody",
                            "Head of Service", "Head of Service"),
                    new Seed(HARM, "Case management system cannot report on MAPPA and high risk of harm cases",
                            "The case management system cannot provide adequate management information on MAPPA and high risk of harm cases.",
                            null, "3", "Continue the alternative monitoring processes", "Business Manager", "Business Manager"),
                    new Seed(SAFEGUARDING, "Poor economic outlook limits opportunities", "The poor economic outlook affects education and employment opportunities for young people.",
                            null, "3", "Maximise provision for 16/17 year olds and school-age children", "YOS Manager, Interventions", "YOS Manager, Interventions"),
                    new Seed(VICTIMS, "A serious incident receives significant negative media coverage", "A serious incident receives significant negative media coverage.",
                            "Loss of public confidence.", "1", "Monitor risk and vulnerability management so delivery stays at a high standard\nBuild lessons from serious incidents into practice with partners",
                            "All Managers", "All Managers")), List.of(10, 13)),
            "southampton", new Register(SourceConvention.SOUTHAMPTON_RATING, "SRR", List.of(
                    new Seed(GOVERNANCE, "National economic climate", "Austerity and the impact of COVID-19 affect all partners and their resilience to keep delivering services.",
                            "Difficulty keeping existing levels of service and the capacity to tackle emerging trends; a negative impact on performance; less ability to invest in technology.",
                            "High", "Gap analysis in 2021/22: agencies on the Board to be clear on resources and structure and the impact for the YOS\nForward plan the annual budget review to fit the quarterly Board meetings\nRobust QA and monitoring so standards and performance hold as priorities change",
                            "YOS Management Board", "YOS Management Board"),
                    new Seed(GOVERNANCE, "Conflicting structural and operational frameworks", "Some partners are less able to operate innovatively and independently because of national constraints.",
                            "Affects the Board's ability to deliver effective systems together and to tackle first time entrant rates.",
                            "Medium", "Review strategic engagement and decision making, with evidence of action at the quarterly Board\nWork with police colleagues on diversion options across Hampshire\nWork with the probation service and the Board to fill the probation vacancy",
                            "YOS Management Board", "YOS Manager"),
                    new Seed(REOFFENDING, "Changes to caseload and emerging threats", "The volume and nature of crime is changing; first time entrants are more serious, and staff skills and qualifications do not reflect the complexity of the children now supervised.",
                            "New intervention needs and training; performance may suffer.", "High",
                            "Board focus on prevention and diversion\nRedesign of services for vulnerable adolescents\nWorkforce development plan reviewing staff training needs\nResponse to serious violence with the Safer City Partnership\nCounty-wide approach to county lines and child criminal exploitation with the LSCB and police",
                            "YOS Management Board", "YOS Manager"),
                    new Seed(SAFEGUARDING, "Ongoing impact of COVID-19 on communities and services", "The pandemic has hit already disadvantaged communities and made intervening harder.",
                            "May affect children's behaviour and increase safety and wellbeing risks.", "High",
                            "Continued focus on prevention and diversion\nFocus on ETE outcomes and links across education\nBuild on child first and trauma-informed approaches\nRelaunch the art and culture programme",
                            "YOS Management Board", "YOS Leadership team"),
                    new Seed(GOVERNANCE, "Venue", "Continuing difficulties with the YOS venue.",
                            "Team morale and identity suffer, and the service is less accessible to children.", "High",
                            "YOS manager to stay part of the adolescent offer and co-location discussions\nYOS manager to attend venue meetings and update the chair of the Board\nDirector of Children's Services to keep the YOS venue a priority",
                            "YOS Management Board and Director of Children and Learning", "YOS Manager")), List.of(1, 4, 5)),
            "portsmouth", new Register(SourceConvention.UNRATED, "PRD", List.of(
                    new Seed(FTE, "Robustness of the performance framework and data set", null, null, null,
                            "Board to review and strengthen the first time entrant performance framework after the HMIP improvement plan, and review the data fed back to it",
                            "YOT Management Board", "YOT Management Board"),
                    new Seed(FTE, "Failure to target young people at risk, in particular of CSE, and children in care", null, null, null,
                            "Implement and review the multi-agency Prevention of Offending of Children in Care plan and the PSCB CSE strategy\nRegularly review the YOT and police triage panels introduced in April 2015",
                            "YOT Manager", "YOT Manager"),
                    new Seed(FTE, "Failure to evaluate interventions and promote effective practice", null, null, null,
                            "Multi-agency quality assurance timetable led by the QA practice lead, with actions co-ordinated by the Board",
                            "YOT Manager", "YOT QA Practice Lead"),
                    new Seed(FTE, "Failure to integrate with the city's wider partnership goals", null, null, null,
                            "Board members to promote YOT involvement in Early Help teams and the Young People at Risk strand of the Safer Portsmouth Partnership plan",
                            "YOT Management Board", "YOT Management Board"),
                    new Seed(REOFFENDING, "Failure to target high risk groups such as children in care and children at risk of CSE", null, null, null,
                            "Prevention of Offending of Children in Care plan and PSCB CSE strategy", "YOT Manager", "YOT Manager"),
                    new Seed(REOFFENDING, "Failure to identify the cohort at risk", null, null, null,
                            "Review and evaluate the Priority Young Person Strategy\nUse performance systems for data, audit and review", "YOT Manager", "YOT Manager"),
                    new Seed(REOFFENDING, "Failure to act promptly on those posing the highest risk of re-offending", null, null, null,
                            "Live re-offending tracker followed by monthly management reviews and actions", "YOT Manager", "YOT Manager"),
                    new Seed(CUSTODY, "Failure to identify those at risk of custody and remand", null, null, null,
                            "Review and evaluate the Priority Young Person Strategy", "YOT Manager", "YOT Manager"),
                    new Seed(CUSTODY, "Failure to agree alternatives to custody and resettlement plans with partners", null, null, null,
                            "Evaluate resettlement processes and procedures and make sure joint working is effective", "YOT Manager", "YOT Manager")),
                    List.of()));
}

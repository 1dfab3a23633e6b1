NAME skillmix-community-mental-health-team
ROWS
 N  OBJ
 G  demand[assessment-formulation]
 G  demand[care-coordination]
 G  demand[brief-interventions]
 G  demand[cbt-psychosis]
 G  demand[family-intervention]
 L  time[mental-health-and-wellbeing-practitioner]
 L  time[assistant-psychologist]
 L  time[clinical-associate-in-psychology]
 L  time[clinical-psychologist]
 L  time[cbt-therapist]
 L  time[psychological-therapist-other]
 L  time[family-and-systemic-psychotherapist]
 G  supervised[mental-health-and-wellbeing-practitioner]
 G  supervised[assistant-psychologist]
 G  supervised[clinical-associate-in-psychology]
 G  supervised[clinical-psychologist]
 G  supervised[cbt-therapist]
 G  supervised[psychological-therapist-other]
 G  supervised[family-and-systemic-psychotherapist]
 L  supervising[clinical-psychologist]
 L  span[clinical-psychologist]
 L  supervising[cbt-therapist]
 L  span[cbt-therapist]
 L  supervising[family-and-systemic-psychotherapist]
 L  span[family-and-systemic-psychotherapist]
 L  need-floor
COLUMNS
    wte[mental-health-and-wellbeing-practitioner]  OBJ  53629.090399999994
    wte[mental-health-and-wellbeing-practitioner]  time[mental-health-and-wellbeing-practitioner]  -1181.25
    wte[mental-health-and-wellbeing-practitioner]  supervised[mental-health-and-wellbeing-practitioner]  -45
    wte[assistant-psychologist]  OBJ  53629.090399999994
    wte[assistant-psychologist]  time[assistant-psychologist]  -945
    wte[assistant-psychologist]  supervised[assistant-psychologist]  -45
    wte[clinical-associate-in-psychology]  OBJ  66267.35759999999
    wte[clinical-associate-in-psychology]  time[clinical-associate-in-psychology]  -1102.5
    wte[clinical-associate-in-psychology]  supervised[clinical-associate-in-psychology]  -45
    wte[clinical-psychologist]  OBJ  89435.19279999999
    wte[clinical-psychologist]  time[clinical-psychologist]  -945
    wte[clinical-psychologist]  supervised[clinical-psychologist]  -22
    wte[clinical-psychologist]  supervising[clinical-psychologist]  -315
    wte[clinical-psychologist]  span[clinical-psychologist]  -6
    wte[cbt-therapist]  OBJ  77964.09199999999
    wte[cbt-therapist]  time[cbt-therapist]  -1102.5
    wte[cbt-therapist]  supervised[cbt-therapist]  -45
    wte[cbt-therapist]  supervising[cbt-therapist]  -160
    wte[cbt-therapist]  span[cbt-therapist]  -4
    wte[psychological-therapist-other]  OBJ  77964.09199999999
    wte[psychological-therapist-other]  time[psychological-therapist-other]  -1102.5
    wte[psychological-therapist-other]  supervised[psychological-therapist-other]  -45
    wte[family-and-systemic-psychotherapist]  OBJ  77964.09199999999
    wte[family-and-systemic-psychotherapist]  time[family-and-systemic-psychotherapist]  -1102.5
    wte[family-and-systemic-psychotherapist]  supervised[family-and-systemic-psychotherapist]  -22
    wte[family-and-systemic-psychotherapist]  supervising[family-and-systemic-psychotherapist]  -160
    wte[family-and-systemic-psychotherapist]  span[family-and-systemic-psychotherapist]  -4
    hours[clinical-psychologist,assessment-formulation]  demand[assessment-formulation]  0.18888888888888888
    hours[clinical-psychologist,assessment-formulation]  time[clinical-psychologist]  1
    hours[clinical-associate-in-psychology,assessment-formulation]  demand[assessment-formulation]  0.18888888888888888
    hours[clinical-associate-in-psychology,assessment-formulation]  time[clinical-associate-in-psychology]  1
    hours[mental-health-and-wellbeing-practitioner,care-coordination]  demand[care-coordination]  0.07083333333333333
    hours[mental-health-and-wellbeing-practitioner,care-coordination]  time[mental-health-and-wellbeing-practitioner]  1
    hours[mental-health-and-wellbeing-practitioner,brief-interventions]  demand[brief-interventions]  0.10625
    hours[mental-health-and-wellbeing-practitioner,brief-interventions]  time[mental-health-and-wellbeing-practitioner]  1
    hours[assistant-psychologist,brief-interventions]  demand[brief-interventions]  0.085
    hours[assistant-psychologist,brief-interventions]  time[assistant-psychologist]  1
    hours[clinical-associate-in-psychology,brief-interventions]  demand[brief-interventions]  0.10625
    hours[clinical-associate-in-psychology,brief-interventions]  time[clinical-associate-in-psychology]  1
    hours[cbt-therapist,cbt-psychosis]  demand[cbt-psychosis]  0.042499999999999996
    hours[cbt-therapist,cbt-psychosis]  time[cbt-therapist]  1
    hours[clinical-psychologist,cbt-psychosis]  demand[cbt-psychosis]  0.042499999999999996
    hours[clinical-psychologist,cbt-psychosis]  time[clinical-psychologist]  1
    hours[psychological-therapist-other,cbt-psychosis]  demand[cbt-psychosis]  0.042499999999999996
    hours[psychological-therapist-other,cbt-psychosis]  time[psychological-therapist-other]  1
    hours[family-and-systemic-psychotherapist,family-intervention]  demand[family-intervention]  0.056666666666666664
    hours[family-and-systemic-psychotherapist,family-intervention]  time[family-and-systemic-psychotherapist]  1
    hours[clinical-psychologist,family-intervention]  demand[family-intervention]  0.056666666666666664
    hours[clinical-psychologist,family-intervention]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,mental-health-and-wellbeing-practitioner]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,mental-health-and-wellbeing-practitioner]  supervised[mental-health-and-wellbeing-practitioner]  1
    supervision[clinical-psychologist,mental-health-and-wellbeing-practitioner]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,mental-health-and-wellbeing-practitioner]  span[clinical-psychologist]  0.022222222222222223
    supervision[clinical-psychologist,assistant-psychologist]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,assistant-psychologist]  supervised[assistant-psychologist]  1
    supervision[clinical-psychologist,assistant-psychologist]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,assistant-psychologist]  span[clinical-psychologist]  0.022222222222222223
    supervision[clinical-psychologist,clinical-associate-in-psychology]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-associate-in-psychology]  supervised[clinical-associate-in-psychology]  1
    supervision[clinical-psychologist,clinical-associate-in-psychology]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-associate-in-psychology]  span[clinical-psychologist]  0.022222222222222223
    supervision[clinical-psychologist,clinical-psychologist]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervised[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  span[clinical-psychologist]  0.045454545454545456
    supervision[cbt-therapist,cbt-therapist]  time[cbt-therapist]  1
    supervision[cbt-therapist,cbt-therapist]  supervised[cbt-therapist]  1
    supervision[cbt-therapist,cbt-therapist]  supervising[cbt-therapist]  1
    supervision[cbt-therapist,cbt-therapist]  span[cbt-therapist]  0.022222222222222223
    supervision[clinical-psychologist,psychological-therapist-other]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,psychological-therapist-other]  supervised[psychological-therapist-other]  1
    supervision[clinical-psychologist,psychological-therapist-other]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,psychological-therapist-other]  span[clinical-psychologist]  0.022222222222222223
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  time[family-and-systemic-psychotherapist]  1
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  supervised[family-and-systemic-psychotherapist]  1
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  supervising[family-and-systemic-psychotherapist]  1
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  span[family-and-systemic-psychotherapist]  0.045454545454545456
    unmet[assessment-formulation]  demand[assessment-formulation]  1
    unmet[assessment-formulation]  need-floor  1
    unmet[care-coordination]  demand[care-coordination]  1
    unmet[care-coordination]  need-floor  1
    unmet[brief-interventions]  demand[brief-interventions]  1
    unmet[brief-interventions]  need-floor  1
    unmet[cbt-psychosis]  demand[cbt-psychosis]  1
    unmet[cbt-psychosis]  need-floor  1
    unmet[family-intervention]  demand[family-intervention]  1
    unmet[family-intervention]  need-floor  1
RHS
    RHS  demand[assessment-formulation]  480
    RHS  demand[care-coordination]  640
    RHS  demand[brief-interventions]  480
    RHS  demand[cbt-psychosis]  160
    RHS  demand[family-intervention]  80
    RHS  need-floor  1e-09
BOUNDS
 UP BND  unmet[assessment-formulation]  480
 UP BND  unmet[care-coordination]  640
 UP BND  unmet[brief-interventions]  480
 UP BND  unmet[cbt-psychosis]  160
 UP BND  unmet[family-intervention]  80
ENDATA

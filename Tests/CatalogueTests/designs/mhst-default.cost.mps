NAME skillmix-mental-health-support-team
ROWS
 N  OBJ
 G  demand[assessment]
 G  demand[guided-self-help]
 G  demand[parent-led]
 G  demand[group-psychoeducation]
 G  demand[whole-school]
 L  time[education-mental-health-practitioner]
 L  time[clinical-psychologist]
 L  time[cbt-therapist]
 G  supervised[education-mental-health-practitioner]
 G  supervised[clinical-psychologist]
 G  supervised[cbt-therapist]
 L  supervising[clinical-psychologist]
 L  span[clinical-psychologist]
 L  supervising[cbt-therapist]
 L  span[cbt-therapist]
 G  rule[0]
 L  need-floor
COLUMNS
    wte[education-mental-health-practitioner]  OBJ  53629.090399999994
    wte[education-mental-health-practitioner]  time[education-mental-health-practitioner]  -1102.5
    wte[education-mental-health-practitioner]  supervised[education-mental-health-practitioner]  -67
    wte[education-mental-health-practitioner]  rule[0]  -0.75
    wte[clinical-psychologist]  OBJ  89435.19279999999
    wte[clinical-psychologist]  time[clinical-psychologist]  -945
    wte[clinical-psychologist]  supervised[clinical-psychologist]  -22
    wte[clinical-psychologist]  supervising[clinical-psychologist]  -315
    wte[clinical-psychologist]  span[clinical-psychologist]  -4
    wte[clinical-psychologist]  rule[0]  1
    wte[cbt-therapist]  OBJ  77964.09199999999
    wte[cbt-therapist]  time[cbt-therapist]  -1102.5
    wte[cbt-therapist]  supervised[cbt-therapist]  -45
    wte[cbt-therapist]  supervising[cbt-therapist]  -315
    wte[cbt-therapist]  span[cbt-therapist]  -4
    wte[cbt-therapist]  rule[0]  1
    hours[education-mental-health-practitioner,assessment]  demand[assessment]  0.72
    hours[education-mental-health-practitioner,assessment]  time[education-mental-health-practitioner]  1
    hours[clinical-psychologist,assessment]  demand[assessment]  0.72
    hours[clinical-psychologist,assessment]  time[clinical-psychologist]  1
    hours[cbt-therapist,assessment]  demand[assessment]  0.72
    hours[cbt-therapist,assessment]  time[cbt-therapist]  1
    hours[education-mental-health-practitioner,guided-self-help]  demand[guided-self-help]  0.11249999999999999
    hours[education-mental-health-practitioner,guided-self-help]  time[education-mental-health-practitioner]  1
    hours[cbt-therapist,guided-self-help]  demand[guided-self-help]  0.11249999999999999
    hours[cbt-therapist,guided-self-help]  time[cbt-therapist]  1
    hours[education-mental-health-practitioner,parent-led]  demand[parent-led]  0.15000000000000002
    hours[education-mental-health-practitioner,parent-led]  time[education-mental-health-practitioner]  1
    hours[clinical-psychologist,parent-led]  demand[parent-led]  0.15000000000000002
    hours[clinical-psychologist,parent-led]  time[clinical-psychologist]  1
    hours[education-mental-health-practitioner,group-psychoeducation]  demand[group-psychoeducation]  1.2666666666666666
    hours[education-mental-health-practitioner,group-psychoeducation]  time[education-mental-health-practitioner]  1
    hours[education-mental-health-practitioner,whole-school]  demand[whole-school]  0.5
    hours[education-mental-health-practitioner,whole-school]  time[education-mental-health-practitioner]  1
    hours[clinical-psychologist,whole-school]  demand[whole-school]  0.5
    hours[clinical-psychologist,whole-school]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,education-mental-health-practitioner]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,education-mental-health-practitioner]  supervised[education-mental-health-practitioner]  1
    supervision[clinical-psychologist,education-mental-health-practitioner]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,education-mental-health-practitioner]  span[clinical-psychologist]  0.014925373134328358
    supervision[cbt-therapist,education-mental-health-practitioner]  time[cbt-therapist]  1
    supervision[cbt-therapist,education-mental-health-practitioner]  supervised[education-mental-health-practitioner]  1
    supervision[cbt-therapist,education-mental-health-practitioner]  supervising[cbt-therapist]  1
    supervision[cbt-therapist,education-mental-health-practitioner]  span[cbt-therapist]  0.014925373134328358
    supervision[clinical-psychologist,clinical-psychologist]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervised[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  span[clinical-psychologist]  0.045454545454545456
    supervision[cbt-therapist,cbt-therapist]  time[cbt-therapist]  1
    supervision[cbt-therapist,cbt-therapist]  supervised[cbt-therapist]  1
    supervision[cbt-therapist,cbt-therapist]  supervising[cbt-therapist]  1
    supervision[cbt-therapist,cbt-therapist]  span[cbt-therapist]  0.022222222222222223
    unmet[assessment]  demand[assessment]  1
    unmet[assessment]  need-floor  1
    unmet[guided-self-help]  demand[guided-self-help]  1
    unmet[guided-self-help]  need-floor  1
    unmet[parent-led]  demand[parent-led]  1
    unmet[parent-led]  need-floor  1
    unmet[group-psychoeducation]  demand[group-psychoeducation]  1
    unmet[group-psychoeducation]  need-floor  1
    unmet[whole-school]  demand[whole-school]  1
    unmet[whole-school]  need-floor  1
RHS
    RHS  demand[assessment]  720
    RHS  demand[guided-self-help]  480
    RHS  demand[parent-led]  160
    RHS  demand[group-psychoeducation]  384
    RHS  demand[whole-school]  340
    RHS  need-floor  1e-09
BOUNDS
 UP BND  unmet[assessment]  720
 UP BND  unmet[guided-self-help]  480
 UP BND  unmet[parent-led]  160
 UP BND  unmet[group-psychoeducation]  384
 UP BND  unmet[whole-school]  340
ENDATA

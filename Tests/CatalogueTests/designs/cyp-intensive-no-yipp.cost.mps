NAME skillmix-cyp-intensive
ROWS
 N  OBJ
 G  demand[assessment-formulation]
 G  demand[intensive-intervention]
 G  demand[family-work]
 G  demand[psychotherapy]
 G  demand[staff-consultation]
 L  time[youth-intensive-psychological-practitioner]
 L  time[assistant-psychologist]
 L  time[clinical-psychologist]
 L  time[family-and-systemic-psychotherapist]
 L  time[child-and-adolescent-psychotherapist]
 G  supervised[youth-intensive-psychological-practitioner]
 G  supervised[assistant-psychologist]
 G  supervised[clinical-psychologist]
 G  supervised[family-and-systemic-psychotherapist]
 G  supervised[child-and-adolescent-psychotherapist]
 L  supervising[clinical-psychologist]
 L  span[clinical-psychologist]
 L  supervising[family-and-systemic-psychotherapist]
 L  span[family-and-systemic-psychotherapist]
 L  supervising[child-and-adolescent-psychotherapist]
 L  span[child-and-adolescent-psychotherapist]
 L  need-floor
COLUMNS
    wte[youth-intensive-psychological-practitioner]  OBJ  53629.090399999994
    wte[youth-intensive-psychological-practitioner]  time[youth-intensive-psychological-practitioner]  -1181.25
    wte[youth-intensive-psychological-practitioner]  supervised[youth-intensive-psychological-practitioner]  -45
    wte[assistant-psychologist]  OBJ  53629.090399999994
    wte[assistant-psychologist]  time[assistant-psychologist]  -945
    wte[assistant-psychologist]  supervised[assistant-psychologist]  -45
    wte[clinical-psychologist]  OBJ  89435.19279999999
    wte[clinical-psychologist]  time[clinical-psychologist]  -945
    wte[clinical-psychologist]  supervised[clinical-psychologist]  -22
    wte[clinical-psychologist]  supervising[clinical-psychologist]  -315
    wte[clinical-psychologist]  span[clinical-psychologist]  -6
    wte[family-and-systemic-psychotherapist]  OBJ  77964.09199999999
    wte[family-and-systemic-psychotherapist]  time[family-and-systemic-psychotherapist]  -1102.5
    wte[family-and-systemic-psychotherapist]  supervised[family-and-systemic-psychotherapist]  -22
    wte[family-and-systemic-psychotherapist]  supervising[family-and-systemic-psychotherapist]  -160
    wte[family-and-systemic-psychotherapist]  span[family-and-systemic-psychotherapist]  -4
    wte[child-and-adolescent-psychotherapist]  OBJ  77964.09199999999
    wte[child-and-adolescent-psychotherapist]  time[child-and-adolescent-psychotherapist]  -1102.5
    wte[child-and-adolescent-psychotherapist]  supervised[child-and-adolescent-psychotherapist]  -22
    wte[child-and-adolescent-psychotherapist]  supervising[child-and-adolescent-psychotherapist]  -160
    wte[child-and-adolescent-psychotherapist]  span[child-and-adolescent-psychotherapist]  -4
    hours[clinical-psychologist,assessment-formulation]  demand[assessment-formulation]  0.21111111111111108
    hours[clinical-psychologist,assessment-formulation]  time[clinical-psychologist]  1
    hours[youth-intensive-psychological-practitioner,assessment-formulation]  demand[assessment-formulation]  0.21111111111111108
    hours[youth-intensive-psychological-practitioner,assessment-formulation]  time[youth-intensive-psychological-practitioner]  1
    hours[youth-intensive-psychological-practitioner,intensive-intervention]  demand[intensive-intervention]  0.045
    hours[youth-intensive-psychological-practitioner,intensive-intervention]  time[youth-intensive-psychological-practitioner]  1
    hours[assistant-psychologist,intensive-intervention]  demand[intensive-intervention]  0.036000000000000004
    hours[assistant-psychologist,intensive-intervention]  time[assistant-psychologist]  1
    hours[clinical-psychologist,intensive-intervention]  demand[intensive-intervention]  0.045
    hours[clinical-psychologist,intensive-intervention]  time[clinical-psychologist]  1
    hours[family-and-systemic-psychotherapist,family-work]  demand[family-work]  0.07500000000000001
    hours[family-and-systemic-psychotherapist,family-work]  time[family-and-systemic-psychotherapist]  1
    hours[youth-intensive-psychological-practitioner,family-work]  demand[family-work]  0.06000000000000001
    hours[youth-intensive-psychological-practitioner,family-work]  time[youth-intensive-psychological-practitioner]  1
    hours[child-and-adolescent-psychotherapist,psychotherapy]  demand[psychotherapy]  0.045
    hours[child-and-adolescent-psychotherapist,psychotherapy]  time[child-and-adolescent-psychotherapist]  1
    hours[clinical-psychologist,psychotherapy]  demand[psychotherapy]  0.045
    hours[clinical-psychologist,psychotherapy]  time[clinical-psychologist]  1
    hours[clinical-psychologist,staff-consultation]  demand[staff-consultation]  0.6666666666666666
    hours[clinical-psychologist,staff-consultation]  time[clinical-psychologist]  1
    hours[child-and-adolescent-psychotherapist,staff-consultation]  demand[staff-consultation]  0.6666666666666666
    hours[child-and-adolescent-psychotherapist,staff-consultation]  time[child-and-adolescent-psychotherapist]  1
    supervision[clinical-psychologist,youth-intensive-psychological-practitioner]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,youth-intensive-psychological-practitioner]  supervised[youth-intensive-psychological-practitioner]  1
    supervision[clinical-psychologist,youth-intensive-psychological-practitioner]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,youth-intensive-psychological-practitioner]  span[clinical-psychologist]  0.022222222222222223
    supervision[clinical-psychologist,assistant-psychologist]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,assistant-psychologist]  supervised[assistant-psychologist]  1
    supervision[clinical-psychologist,assistant-psychologist]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,assistant-psychologist]  span[clinical-psychologist]  0.022222222222222223
    supervision[clinical-psychologist,clinical-psychologist]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervised[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  span[clinical-psychologist]  0.045454545454545456
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  time[family-and-systemic-psychotherapist]  1
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  supervised[family-and-systemic-psychotherapist]  1
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  supervising[family-and-systemic-psychotherapist]  1
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  span[family-and-systemic-psychotherapist]  0.045454545454545456
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  time[child-and-adolescent-psychotherapist]  1
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  supervised[child-and-adolescent-psychotherapist]  1
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  supervising[child-and-adolescent-psychotherapist]  1
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  span[child-and-adolescent-psychotherapist]  0.045454545454545456
    unmet[assessment-formulation]  demand[assessment-formulation]  1
    unmet[assessment-formulation]  need-floor  1
    unmet[intensive-intervention]  demand[intensive-intervention]  1
    unmet[intensive-intervention]  need-floor  1
    unmet[family-work]  demand[family-work]  1
    unmet[family-work]  need-floor  1
    unmet[psychotherapy]  demand[psychotherapy]  1
    unmet[psychotherapy]  need-floor  1
    unmet[staff-consultation]  demand[staff-consultation]  1
    unmet[staff-consultation]  need-floor  1
RHS
    RHS  demand[assessment-formulation]  120
    RHS  demand[intensive-intervention]  100
    RHS  demand[family-work]  80
    RHS  demand[psychotherapy]  30
    RHS  demand[staff-consultation]  100
    RHS  need-floor  1e-09
BOUNDS
 FX BND  wte[youth-intensive-psychological-practitioner]  0
 UP BND  unmet[assessment-formulation]  120
 UP BND  unmet[intensive-intervention]  100
 UP BND  unmet[family-work]  80
 UP BND  unmet[psychotherapy]  30
 UP BND  unmet[staff-consultation]  100
ENDATA

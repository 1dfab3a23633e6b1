NAME skillmix-talking-therapies
ROWS
 N  OBJ
 G  demand[assessment]
 G  demand[guided-self-help]
 G  demand[psychoeducation-group]
 G  demand[high-intensity-cbt]
 G  demand[counselling-for-depression]
 L  time[psychological-wellbeing-practitioner]
 L  time[high-intensity-therapist]
 L  time[counsellor]
 L  time[clinical-psychologist]
 G  supervised[psychological-wellbeing-practitioner]
 G  supervised[high-intensity-therapist]
 G  supervised[counsellor]
 G  supervised[clinical-psychologist]
 L  supervising[psychological-wellbeing-practitioner]
 L  span[psychological-wellbeing-practitioner]
 L  supervising[high-intensity-therapist]
 L  span[high-intensity-therapist]
 L  supervising[counsellor]
 L  span[counsellor]
 L  supervising[clinical-psychologist]
 L  span[clinical-psychologist]
 L  need-floor
COLUMNS
    wte[psychological-wellbeing-practitioner]  OBJ  53629.090399999994
    wte[psychological-wellbeing-practitioner]  time[psychological-wellbeing-practitioner]  -1181.25
    wte[psychological-wellbeing-practitioner]  supervised[psychological-wellbeing-practitioner]  -67
    wte[psychological-wellbeing-practitioner]  supervising[psychological-wellbeing-practitioner]  -160
    wte[psychological-wellbeing-practitioner]  span[psychological-wellbeing-practitioner]  -4
    wte[high-intensity-therapist]  OBJ  77964.09199999999
    wte[high-intensity-therapist]  time[high-intensity-therapist]  -1181.25
    wte[high-intensity-therapist]  supervised[high-intensity-therapist]  -45
    wte[high-intensity-therapist]  supervising[high-intensity-therapist]  -160
    wte[high-intensity-therapist]  span[high-intensity-therapist]  -4
    wte[counsellor]  OBJ  66267.35759999999
    wte[counsellor]  time[counsellor]  -1181.25
    wte[counsellor]  supervised[counsellor]  -45
    wte[counsellor]  supervising[counsellor]  -160
    wte[counsellor]  span[counsellor]  -4
    wte[clinical-psychologist]  OBJ  89435.19279999999
    wte[clinical-psychologist]  time[clinical-psychologist]  -945
    wte[clinical-psychologist]  supervised[clinical-psychologist]  -22
    wte[clinical-psychologist]  supervising[clinical-psychologist]  -315
    wte[clinical-psychologist]  span[clinical-psychologist]  -6
    hours[psychological-wellbeing-practitioner,assessment]  demand[assessment]  0.8999999999999999
    hours[psychological-wellbeing-practitioner,assessment]  time[psychological-wellbeing-practitioner]  1
    hours[high-intensity-therapist,assessment]  demand[assessment]  0.8999999999999999
    hours[high-intensity-therapist,assessment]  time[high-intensity-therapist]  1
    hours[psychological-wellbeing-practitioner,guided-self-help]  demand[guided-self-help]  0.22499999999999998
    hours[psychological-wellbeing-practitioner,guided-self-help]  time[psychological-wellbeing-practitioner]  1
    hours[psychological-wellbeing-practitioner,psychoeducation-group]  demand[psychoeducation-group]  0.6
    hours[psychological-wellbeing-practitioner,psychoeducation-group]  time[psychological-wellbeing-practitioner]  1
    hours[high-intensity-therapist,psychoeducation-group]  demand[psychoeducation-group]  0.6
    hours[high-intensity-therapist,psychoeducation-group]  time[high-intensity-therapist]  1
    hours[high-intensity-therapist,high-intensity-cbt]  demand[high-intensity-cbt]  0.06
    hours[high-intensity-therapist,high-intensity-cbt]  time[high-intensity-therapist]  1
    hours[clinical-psychologist,high-intensity-cbt]  demand[high-intensity-cbt]  0.06
    hours[clinical-psychologist,high-intensity-cbt]  time[clinical-psychologist]  1
    hours[counsellor,counselling-for-depression]  demand[counselling-for-depression]  0.06
    hours[counsellor,counselling-for-depression]  time[counsellor]  1
    hours[high-intensity-therapist,counselling-for-depression]  demand[counselling-for-depression]  0.06
    hours[high-intensity-therapist,counselling-for-depression]  time[high-intensity-therapist]  1
    supervision[psychological-wellbeing-practitioner,psychological-wellbeing-practitioner]  time[psychological-wellbeing-practitioner]  1
    supervision[psychological-wellbeing-practitioner,psychological-wellbeing-practitioner]  supervised[psychological-wellbeing-practitioner]  1
    supervision[psychological-wellbeing-practitioner,psychological-wellbeing-practitioner]  supervising[psychological-wellbeing-practitioner]  1
    supervision[psychological-wellbeing-practitioner,psychological-wellbeing-practitioner]  span[psychological-wellbeing-practitioner]  0.014925373134328358
    supervision[high-intensity-therapist,psychological-wellbeing-practitioner]  time[high-intensity-therapist]  1
    supervision[high-intensity-therapist,psychological-wellbeing-practitioner]  supervised[psychological-wellbeing-practitioner]  1
    supervision[high-intensity-therapist,psychological-wellbeing-practitioner]  supervising[high-intensity-therapist]  1
    supervision[high-intensity-therapist,psychological-wellbeing-practitioner]  span[high-intensity-therapist]  0.014925373134328358
    supervision[high-intensity-therapist,high-intensity-therapist]  time[high-intensity-therapist]  1
    supervision[high-intensity-therapist,high-intensity-therapist]  supervised[high-intensity-therapist]  1
    supervision[high-intensity-therapist,high-intensity-therapist]  supervising[high-intensity-therapist]  1
    supervision[high-intensity-therapist,high-intensity-therapist]  span[high-intensity-therapist]  0.022222222222222223
    supervision[clinical-psychologist,high-intensity-therapist]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,high-intensity-therapist]  supervised[high-intensity-therapist]  1
    supervision[clinical-psychologist,high-intensity-therapist]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,high-intensity-therapist]  span[clinical-psychologist]  0.022222222222222223
    supervision[counsellor,counsellor]  time[counsellor]  1
    supervision[counsellor,counsellor]  supervised[counsellor]  1
    supervision[counsellor,counsellor]  supervising[counsellor]  1
    supervision[counsellor,counsellor]  span[counsellor]  0.022222222222222223
    supervision[clinical-psychologist,clinical-psychologist]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervised[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  span[clinical-psychologist]  0.045454545454545456
    unmet[assessment]  demand[assessment]  1
    unmet[assessment]  need-floor  1
    unmet[guided-self-help]  demand[guided-self-help]  1
    unmet[guided-self-help]  need-floor  1
    unmet[psychoeducation-group]  demand[psychoeducation-group]  1
    unmet[psychoeducation-group]  need-floor  1
    unmet[high-intensity-cbt]  demand[high-intensity-cbt]  1
    unmet[high-intensity-cbt]  need-floor  1
    unmet[counselling-for-depression]  demand[counselling-for-depression]  1
    unmet[counselling-for-depression]  need-floor  1
RHS
    RHS  demand[assessment]  14125
    RHS  demand[guided-self-help]  7769
    RHS  demand[psychoeducation-group]  1413
    RHS  demand[high-intensity-cbt]  3531
    RHS  demand[counselling-for-depression]  1413
    RHS  need-floor  1e-09
BOUNDS
 UP BND  unmet[assessment]  14125
 UP BND  unmet[guided-self-help]  7769
 UP BND  unmet[psychoeducation-group]  1413
 UP BND  unmet[high-intensity-cbt]  3531
 UP BND  unmet[counselling-for-depression]  1413
ENDATA

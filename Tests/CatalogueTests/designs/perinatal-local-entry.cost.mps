NAME skillmix-perinatal
ROWS
 N  OBJ
 G  demand[assessment-formulation]
 G  demand[cbt]
 G  demand[parent-infant]
 G  demand[groups]
 L  time[clinical-psychologist]
 L  time[counselling-psychologist]
 L  time[cbt-therapist]
 L  time[psychological-therapist-other]
 L  time[child-and-adolescent-psychotherapist]
 L  time[assistant-psychologist]
 G  supervised[clinical-psychologist]
 G  supervised[counselling-psychologist]
 G  supervised[cbt-therapist]
 G  supervised[psychological-therapist-other]
 G  supervised[child-and-adolescent-psychotherapist]
 G  supervised[assistant-psychologist]
 L  supervising[clinical-psychologist]
 L  span[clinical-psychologist]
 L  supervising[counselling-psychologist]
 L  span[counselling-psychologist]
 L  supervising[cbt-therapist]
 L  span[cbt-therapist]
 L  supervising[child-and-adolescent-psychotherapist]
 L  span[child-and-adolescent-psychotherapist]
 L  need-floor
COLUMNS
    wte[clinical-psychologist]  OBJ  73967.36639999998
    wte[clinical-psychologist]  time[clinical-psychologist]  -945
    wte[clinical-psychologist]  supervised[clinical-psychologist]  -22
    wte[clinical-psychologist]  supervising[clinical-psychologist]  -315
    wte[clinical-psychologist]  span[clinical-psychologist]  -6
    wte[counselling-psychologist]  OBJ  73967.36639999998
    wte[counselling-psychologist]  time[counselling-psychologist]  -945
    wte[counselling-psychologist]  supervised[counselling-psychologist]  -22
    wte[counselling-psychologist]  supervising[counselling-psychologist]  -315
    wte[counselling-psychologist]  span[counselling-psychologist]  -6
    wte[cbt-therapist]  OBJ  63395.13439999999
    wte[cbt-therapist]  time[cbt-therapist]  -1102.5
    wte[cbt-therapist]  supervised[cbt-therapist]  -45
    wte[cbt-therapist]  supervising[cbt-therapist]  -160
    wte[cbt-therapist]  span[cbt-therapist]  -4
    wte[psychological-therapist-other]  OBJ  63395.13439999999
    wte[psychological-therapist-other]  time[psychological-therapist-other]  -1102.5
    wte[psychological-therapist-other]  supervised[psychological-therapist-other]  -45
    wte[child-and-adolescent-psychotherapist]  OBJ  63395.13439999999
    wte[child-and-adolescent-psychotherapist]  time[child-and-adolescent-psychotherapist]  -1102.5
    wte[child-and-adolescent-psychotherapist]  supervised[child-and-adolescent-psychotherapist]  -22
    wte[child-and-adolescent-psychotherapist]  supervising[child-and-adolescent-psychotherapist]  -160
    wte[child-and-adolescent-psychotherapist]  span[child-and-adolescent-psychotherapist]  -4
    wte[assistant-psychologist]  OBJ  40907.71119999999
    wte[assistant-psychologist]  time[assistant-psychologist]  -945
    wte[assistant-psychologist]  supervised[assistant-psychologist]  -45
    hours[clinical-psychologist,assessment-formulation]  demand[assessment-formulation]  0.30000000000000004
    hours[clinical-psychologist,assessment-formulation]  time[clinical-psychologist]  1
    hours[counselling-psychologist,assessment-formulation]  demand[assessment-formulation]  0.30000000000000004
    hours[counselling-psychologist,assessment-formulation]  time[counselling-psychologist]  1
    hours[cbt-therapist,cbt]  demand[cbt]  0.06
    hours[cbt-therapist,cbt]  time[cbt-therapist]  1
    hours[clinical-psychologist,cbt]  demand[cbt]  0.06
    hours[clinical-psychologist,cbt]  time[clinical-psychologist]  1
    hours[counselling-psychologist,cbt]  demand[cbt]  0.06
    hours[counselling-psychologist,cbt]  time[counselling-psychologist]  1
    hours[psychological-therapist-other,parent-infant]  demand[parent-infant]  0.06
    hours[psychological-therapist-other,parent-infant]  time[psychological-therapist-other]  1
    hours[child-and-adolescent-psychotherapist,parent-infant]  demand[parent-infant]  0.06
    hours[child-and-adolescent-psychotherapist,parent-infant]  time[child-and-adolescent-psychotherapist]  1
    hours[clinical-psychologist,groups]  demand[groups]  0.33999999999999997
    hours[clinical-psychologist,groups]  time[clinical-psychologist]  1
    hours[assistant-psychologist,groups]  demand[groups]  0.272
    hours[assistant-psychologist,groups]  time[assistant-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervised[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,clinical-psychologist]  span[clinical-psychologist]  0.045454545454545456
    supervision[counselling-psychologist,counselling-psychologist]  time[counselling-psychologist]  1
    supervision[counselling-psychologist,counselling-psychologist]  supervised[counselling-psychologist]  1
    supervision[counselling-psychologist,counselling-psychologist]  supervising[counselling-psychologist]  1
    supervision[counselling-psychologist,counselling-psychologist]  span[counselling-psychologist]  0.045454545454545456
    supervision[cbt-therapist,cbt-therapist]  time[cbt-therapist]  1
    supervision[cbt-therapist,cbt-therapist]  supervised[cbt-therapist]  1
    supervision[cbt-therapist,cbt-therapist]  supervising[cbt-therapist]  1
    supervision[cbt-therapist,cbt-therapist]  span[cbt-therapist]  0.022222222222222223
    supervision[clinical-psychologist,psychological-therapist-other]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,psychological-therapist-other]  supervised[psychological-therapist-other]  1
    supervision[clinical-psychologist,psychological-therapist-other]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,psychological-therapist-other]  span[clinical-psychologist]  0.022222222222222223
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  time[child-and-adolescent-psychotherapist]  1
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  supervised[child-and-adolescent-psychotherapist]  1
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  supervising[child-and-adolescent-psychotherapist]  1
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  span[child-and-adolescent-psychotherapist]  0.045454545454545456
    supervision[clinical-psychologist,assistant-psychologist]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,assistant-psychologist]  supervised[assistant-psychologist]  1
    supervision[clinical-psychologist,assistant-psychologist]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,assistant-psychologist]  span[clinical-psychologist]  0.022222222222222223
    supervision[counselling-psychologist,assistant-psychologist]  time[counselling-psychologist]  1
    supervision[counselling-psychologist,assistant-psychologist]  supervised[assistant-psychologist]  1
    supervision[counselling-psychologist,assistant-psychologist]  supervising[counselling-psychologist]  1
    supervision[counselling-psychologist,assistant-psychologist]  span[counselling-psychologist]  0.022222222222222223
    unmet[assessment-formulation]  demand[assessment-formulation]  1
    unmet[assessment-formulation]  need-floor  1
    unmet[cbt]  demand[cbt]  1
    unmet[cbt]  need-floor  1
    unmet[parent-infant]  demand[parent-infant]  1
    unmet[parent-infant]  need-floor  1
    unmet[groups]  demand[groups]  1
    unmet[groups]  need-floor  1
RHS
    RHS  demand[assessment-formulation]  250
    RHS  demand[cbt]  120
    RHS  demand[parent-infant]  60
    RHS  demand[groups]  80
    RHS  need-floor  1e-09
BOUNDS
 LO BND  wte[clinical-psychologist]  1
 UP BND  unmet[assessment-formulation]  250
 UP BND  unmet[cbt]  120
 UP BND  unmet[parent-infant]  60
 UP BND  unmet[groups]  80
ENDATA

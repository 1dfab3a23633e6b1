NAME skillmix-cyp-community-need
ROWS
 N  OBJ
 G  demand[choice-assessment]
 G  demand[low-intensity]
 G  demand[cbt]
 G  demand[family-therapy]
 G  demand[psychotherapy]
 G  demand[arts-therapy]
 L  time[childrens-wellbeing-practitioner]
 L  time[clinical-associate-in-psychology]
 L  time[clinical-psychologist]
 L  time[cbt-therapist]
 L  time[family-and-systemic-psychotherapist]
 L  time[child-and-adolescent-psychotherapist]
 L  time[arts-therapist]
 G  supervised[childrens-wellbeing-practitioner]
 G  supervised[clinical-associate-in-psychology]
 G  supervised[clinical-psychologist]
 G  supervised[cbt-therapist]
 G  supervised[family-and-systemic-psychotherapist]
 G  supervised[child-and-adolescent-psychotherapist]
 G  supervised[arts-therapist]
 L  supervising[clinical-psychologist]
 L  span[clinical-psychologist]
 L  supervising[cbt-therapist]
 L  span[cbt-therapist]
 L  supervising[family-and-systemic-psychotherapist]
 L  span[family-and-systemic-psychotherapist]
 L  supervising[child-and-adolescent-psychotherapist]
 L  span[child-and-adolescent-psychotherapist]
 L  supervising[arts-therapist]
 L  span[arts-therapist]
 L  budget
 E  post-size[childrens-wellbeing-practitioner]
 E  post-size[clinical-associate-in-psychology]
 E  post-size[clinical-psychologist]
 E  post-size[cbt-therapist]
 E  post-size[family-and-systemic-psychotherapist]
 E  post-size[child-and-adolescent-psychotherapist]
 E  post-size[arts-therapist]
COLUMNS
    wte[childrens-wellbeing-practitioner]  time[childrens-wellbeing-practitioner]  -1181.25
    wte[childrens-wellbeing-practitioner]  supervised[childrens-wellbeing-practitioner]  -67
    wte[childrens-wellbeing-practitioner]  budget  53629.090399999994
    wte[childrens-wellbeing-practitioner]  post-size[childrens-wellbeing-practitioner]  1
    wte[clinical-associate-in-psychology]  time[clinical-associate-in-psychology]  -1102.5
    wte[clinical-associate-in-psychology]  supervised[clinical-associate-in-psychology]  -45
    wte[clinical-associate-in-psychology]  budget  66267.35759999999
    wte[clinical-associate-in-psychology]  post-size[clinical-associate-in-psychology]  1
    wte[clinical-psychologist]  time[clinical-psychologist]  -945
    wte[clinical-psychologist]  supervised[clinical-psychologist]  -22
    wte[clinical-psychologist]  supervising[clinical-psychologist]  -315
    wte[clinical-psychologist]  span[clinical-psychologist]  -6
    wte[clinical-psychologist]  budget  89435.19279999999
    wte[clinical-psychologist]  post-size[clinical-psychologist]  1
    wte[cbt-therapist]  time[cbt-therapist]  -1102.5
    wte[cbt-therapist]  supervised[cbt-therapist]  -45
    wte[cbt-therapist]  supervising[cbt-therapist]  -160
    wte[cbt-therapist]  span[cbt-therapist]  -4
    wte[cbt-therapist]  budget  77964.09199999999
    wte[cbt-therapist]  post-size[cbt-therapist]  1
    wte[family-and-systemic-psychotherapist]  time[family-and-systemic-psychotherapist]  -1102.5
    wte[family-and-systemic-psychotherapist]  supervised[family-and-systemic-psychotherapist]  -22
    wte[family-and-systemic-psychotherapist]  supervising[family-and-systemic-psychotherapist]  -160
    wte[family-and-systemic-psychotherapist]  span[family-and-systemic-psychotherapist]  -4
    wte[family-and-systemic-psychotherapist]  budget  77964.09199999999
    wte[family-and-systemic-psychotherapist]  post-size[family-and-systemic-psychotherapist]  1
    wte[child-and-adolescent-psychotherapist]  time[child-and-adolescent-psychotherapist]  -1102.5
    wte[child-and-adolescent-psychotherapist]  supervised[child-and-adolescent-psychotherapist]  -22
    wte[child-and-adolescent-psychotherapist]  supervising[child-and-adolescent-psychotherapist]  -160
    wte[child-and-adolescent-psychotherapist]  span[child-and-adolescent-psychotherapist]  -4
    wte[child-and-adolescent-psychotherapist]  budget  77964.09199999999
    wte[child-and-adolescent-psychotherapist]  post-size[child-and-adolescent-psychotherapist]  1
    wte[arts-therapist]  time[arts-therapist]  -1102.5
    wte[arts-therapist]  supervised[arts-therapist]  -22
    wte[arts-therapist]  supervising[arts-therapist]  -80
    wte[arts-therapist]  span[arts-therapist]  -2
    wte[arts-therapist]  budget  66267.35759999999
    wte[arts-therapist]  post-size[arts-therapist]  1
    hours[clinical-psychologist,choice-assessment]  demand[choice-assessment]  0.47500000000000003
    hours[clinical-psychologist,choice-assessment]  time[clinical-psychologist]  1
    hours[clinical-associate-in-psychology,choice-assessment]  demand[choice-assessment]  0.47500000000000003
    hours[clinical-associate-in-psychology,choice-assessment]  time[clinical-associate-in-psychology]  1
    hours[childrens-wellbeing-practitioner,choice-assessment]  demand[choice-assessment]  0.38000000000000006
    hours[childrens-wellbeing-practitioner,choice-assessment]  time[childrens-wellbeing-practitioner]  1
    hours[childrens-wellbeing-practitioner,low-intensity]  demand[low-intensity]  0.12666666666666665
    hours[childrens-wellbeing-practitioner,low-intensity]  time[childrens-wellbeing-practitioner]  1
    hours[clinical-associate-in-psychology,low-intensity]  demand[low-intensity]  0.12666666666666665
    hours[clinical-associate-in-psychology,low-intensity]  time[clinical-associate-in-psychology]  1
    hours[cbt-therapist,cbt]  demand[cbt]  0.06333333333333332
    hours[cbt-therapist,cbt]  time[cbt-therapist]  1
    hours[clinical-psychologist,cbt]  demand[cbt]  0.06333333333333332
    hours[clinical-psychologist,cbt]  time[clinical-psychologist]  1
    hours[family-and-systemic-psychotherapist,family-therapy]  demand[family-therapy]  0.06333333333333332
    hours[family-and-systemic-psychotherapist,family-therapy]  time[family-and-systemic-psychotherapist]  1
    hours[clinical-psychologist,family-therapy]  demand[family-therapy]  0.06333333333333332
    hours[clinical-psychologist,family-therapy]  time[clinical-psychologist]  1
    hours[child-and-adolescent-psychotherapist,psychotherapy]  demand[psychotherapy]  0.038
    hours[child-and-adolescent-psychotherapist,psychotherapy]  time[child-and-adolescent-psychotherapist]  1
    hours[arts-therapist,arts-therapy]  demand[arts-therapy]  0.06333333333333332
    hours[arts-therapist,arts-therapy]  time[arts-therapist]  1
    supervision[cbt-therapist,childrens-wellbeing-practitioner]  time[cbt-therapist]  1
    supervision[cbt-therapist,childrens-wellbeing-practitioner]  supervised[childrens-wellbeing-practitioner]  1
    supervision[cbt-therapist,childrens-wellbeing-practitioner]  supervising[cbt-therapist]  1
    supervision[cbt-therapist,childrens-wellbeing-practitioner]  span[cbt-therapist]  0.014925373134328358
    supervision[clinical-psychologist,childrens-wellbeing-practitioner]  time[clinical-psychologist]  1
    supervision[clinical-psychologist,childrens-wellbeing-practitioner]  supervised[childrens-wellbeing-practitioner]  1
    supervision[clinical-psychologist,childrens-wellbeing-practitioner]  supervising[clinical-psychologist]  1
    supervision[clinical-psychologist,childrens-wellbeing-practitioner]  span[clinical-psychologist]  0.014925373134328358
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
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  time[family-and-systemic-psychotherapist]  1
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  supervised[family-and-systemic-psychotherapist]  1
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  supervising[family-and-systemic-psychotherapist]  1
    supervision[family-and-systemic-psychotherapist,family-and-systemic-psychotherapist]  span[family-and-systemic-psychotherapist]  0.045454545454545456
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  time[child-and-adolescent-psychotherapist]  1
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  supervised[child-and-adolescent-psychotherapist]  1
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  supervising[child-and-adolescent-psychotherapist]  1
    supervision[child-and-adolescent-psychotherapist,child-and-adolescent-psychotherapist]  span[child-and-adolescent-psychotherapist]  0.045454545454545456
    supervision[arts-therapist,arts-therapist]  time[arts-therapist]  1
    supervision[arts-therapist,arts-therapist]  supervised[arts-therapist]  1
    supervision[arts-therapist,arts-therapist]  supervising[arts-therapist]  1
    supervision[arts-therapist,arts-therapist]  span[arts-therapist]  0.045454545454545456
    unmet[choice-assessment]  OBJ  1
    unmet[choice-assessment]  demand[choice-assessment]  1
    unmet[low-intensity]  OBJ  1
    unmet[low-intensity]  demand[low-intensity]  1
    unmet[cbt]  OBJ  1
    unmet[cbt]  demand[cbt]  1
    unmet[family-therapy]  OBJ  1
    unmet[family-therapy]  demand[family-therapy]  1
    unmet[psychotherapy]  OBJ  1
    unmet[psychotherapy]  demand[psychotherapy]  1
    unmet[arts-therapy]  OBJ  1
    unmet[arts-therapy]  demand[arts-therapy]  1
    MARKER  'MARKER'  'INTORG'
    posts[childrens-wellbeing-practitioner]  post-size[childrens-wellbeing-practitioner]  -0.5
    posts[clinical-associate-in-psychology]  post-size[clinical-associate-in-psychology]  -0.5
    posts[clinical-psychologist]  post-size[clinical-psychologist]  -0.5
    posts[cbt-therapist]  post-size[cbt-therapist]  -0.5
    posts[family-and-systemic-psychotherapist]  post-size[family-and-systemic-psychotherapist]  -0.5
    posts[child-and-adolescent-psychotherapist]  post-size[child-and-adolescent-psychotherapist]  -0.5
    posts[arts-therapist]  post-size[arts-therapist]  -0.5
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  demand[choice-assessment]  1000
    RHS  demand[low-intensity]  300
    RHS  demand[cbt]  200
    RHS  demand[family-therapy]  100
    RHS  demand[psychotherapy]  40
    RHS  demand[arts-therapy]  30
    RHS  budget  500000
BOUNDS
 UP BND  unmet[choice-assessment]  1000
 UP BND  unmet[low-intensity]  300
 UP BND  unmet[cbt]  200
 UP BND  unmet[family-therapy]  100
 UP BND  unmet[psychotherapy]  40
 UP BND  unmet[arts-therapy]  30
 LO BND  posts[childrens-wellbeing-practitioner]  0
 PL BND  posts[childrens-wellbeing-practitioner]
 LO BND  posts[clinical-associate-in-psychology]  0
 PL BND  posts[clinical-associate-in-psychology]
 LO BND  posts[clinical-psychologist]  0
 PL BND  posts[clinical-psychologist]
 LO BND  posts[cbt-therapist]  0
 PL BND  posts[cbt-therapist]
 LO BND  posts[family-and-systemic-psychotherapist]  0
 PL BND  posts[family-and-systemic-psychotherapist]
 LO BND  posts[child-and-adolescent-psychotherapist]  0
 PL BND  posts[child-and-adolescent-psychotherapist]
 LO BND  posts[arts-therapist]  0
 PL BND  posts[arts-therapist]
ENDATA

/// The API's contract, served at /api/v1/openapi.json. A test checks its paths against the registered routes.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Skillmix API",
            "version": "1.0.0",
            "description": "Roles, careers and team design for the NHS psychological professions in England, with the source of every fact. All answers are JSON; errors are application/problem+json. A method an address does not take answers 405 with Allow; HEAD works wherever GET does. POST bodies must be application/json (415 otherwise): at most 64 KB for a design, 512 KB for a projection or commissioning request (413). Every successful GET carries an ETag made of the catalogue revision and the day (which picks the pay year and the boards in force); a request with a matching If-None-Match answers 304 with no body. Answers use the Agenda for Change table in force on the day of the request unless a payYear is given."
          },
          "paths": {
            "/api/v1/roles": {
              "get": {
                "operationId": "listRoles",
                "summary": "List roles, filtered and searched",
                "parameters": [
                  {
                    "name": "group",
                    "in": "query",
                    "required": false,
                    "description": "Only roles in this group (an id from /api/v1/groups).",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "age",
                    "in": "query",
                    "required": false,
                    "description": "Only roles serving this age group.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "children",
                        "young-people",
                        "adults",
                        "older-adults"
                      ]
                    }
                  },
                  {
                    "name": "setting",
                    "in": "query",
                    "required": false,
                    "description": "Only roles working in this kind of setting.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "schools",
                        "inpatient",
                        "community",
                        "primary-care",
                        "children-and-young-people",
                        "older-adults",
                        "forensic",
                        "physical-health",
                        "learning-disability",
                        "voluntary-and-private"
                      ]
                    }
                  },
                  {
                    "name": "band",
                    "in": "query",
                    "required": false,
                    "description": "Only roles whose qualified band range includes this Agenda for Change band.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "1",
                        "2",
                        "3",
                        "4",
                        "5",
                        "6",
                        "7",
                        "8a",
                        "8b",
                        "8c",
                        "8d",
                        "9"
                      ]
                    }
                  },
                  {
                    "name": "salaried",
                    "in": "query",
                    "required": false,
                    "description": "yes: salaried training only; no: self-funded training only.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "yes",
                        "no"
                      ]
                    }
                  },
                  {
                    "name": "max-months",
                    "in": "query",
                    "required": false,
                    "description": "Only roles whose core training takes at most this many months.",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 240
                    }
                  },
                  {
                    "name": "new",
                    "in": "query",
                    "required": false,
                    "description": "yes: only roles introduced in 2019 or later.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "yes",
                        "no"
                      ]
                    }
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "description": "Words to search for in names, summaries, capabilities, settings and training.",
                    "schema": {
                      "type": "string",
                      "maxLength": 200
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Matching roles in taxonomy order",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "catalogueVersion",
                            "count",
                            "data"
                          ],
                          "properties": {
                            "catalogueVersion": {
                              "type": "string"
                            },
                            "count": {
                              "type": "integer"
                            },
                            "data": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/RoleSummary"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "406": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/roles/{id}": {
              "get": {
                "operationId": "getRole",
                "summary": "One role with every fact and its sources",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The role",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Role"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "406": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/roles/{id}/introducing": {
              "get": {
                "operationId": "getIntroduction",
                "summary": "What introducing a role takes, for employers, with the business case for a number of posts",
                "description": "The service models that staff the role with the supervision it needs, what a post costs at the pay year in force, training, timeline and governance, and the business case: first-year and recurring cost, supervision hours from staff in post and episodes a year, worked out by the team designer's model with every figure it used. Without a service, the first model that staffs the role is used; businessCase is null when none does.",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "posts",
                    "in": "query",
                    "required": false,
                    "description": "Whole-time posts, from 1 to 100 (default 1).",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 100
                    }
                  },
                  {
                    "name": "service",
                    "in": "query",
                    "required": false,
                    "description": "A service model id that staffs the role.",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The introducing pack",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Introduction"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "406": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "422": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "503": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/roles/{id}/next-steps": {
              "get": {
                "operationId": "getNextSteps",
                "summary": "What someone who wants the role can do next",
                "description": "Ways in (the steps of routes into the role, where they start, competition and sources), NHS Jobs searches (links only), training providers, three common questions answered from the career map, and the route out of the role that opens the most roles.",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The next steps",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/NextSteps"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "404": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "406": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/groups": {
              "get": {
                "operationId": "listGroups",
                "summary": "The four groups of the taxonomy",
                "responses": {
                  "200": {
                    "description": "Groups",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "catalogueVersion",
                            "count",
                            "data"
                          ],
                          "properties": {
                            "catalogueVersion": {
                              "type": "string"
                            },
                            "count": {
                              "type": "integer"
                            },
                            "data": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Group"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/entry-points": {
              "get": {
                "operationId": "listEntryPoints",
                "summary": "Where people start from, and the roles each opens",
                "responses": {
                  "200": {
                    "description": "Entry points",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "catalogueVersion",
                            "count",
                            "data"
                          ],
                          "properties": {
                            "catalogueVersion": {
                              "type": "string"
                            },
                            "count": {
                              "type": "integer"
                            },
                            "data": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/EntryPoint"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/sources": {
              "get": {
                "operationId": "listSources",
                "summary": "Every source cited, with its date where known",
                "responses": {
                  "200": {
                    "description": "Sources",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "catalogueVersion",
                            "count",
                            "data"
                          ],
                          "properties": {
                            "catalogueVersion": {
                              "type": "string"
                            },
                            "count": {
                              "type": "integer"
                            },
                            "data": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Source"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/openapi.json": {
              "get": {
                "operationId": "getOpenAPI",
                "summary": "This document",
                "responses": {
                  "200": {
                    "description": "OpenAPI 3.1 document",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object"
                        }
                      }
                    }
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/routes": {
              "get": {
                "operationId": "listRoutes",
                "summary": "The routes of the career map",
                "parameters": [
                  {
                    "name": "from",
                    "in": "query",
                    "required": false,
                    "description": "Only routes starting here (a role id or an entry point id).",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Routes",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "catalogueVersion",
                            "count",
                            "data"
                          ],
                          "properties": {
                            "catalogueVersion": {
                              "type": "string"
                            },
                            "count": {
                              "type": "integer"
                            },
                            "data": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/Route"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/paths": {
              "get": {
                "operationId": "findPaths",
                "summary": "Routes from where you stand to the role you want",
                "parameters": [
                  {
                    "name": "from",
                    "in": "query",
                    "required": true,
                    "description": "Where you start: a role id or an entry point id.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "to",
                    "in": "query",
                    "required": true,
                    "description": "The role you want to reach.",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "optimise",
                    "in": "query",
                    "required": false,
                    "description": "time: fastest first (default); unpaid: least self-funded time first.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "time",
                        "unpaid"
                      ]
                    }
                  },
                  {
                    "name": "months-in-role",
                    "in": "query",
                    "required": false,
                    "description": "Months already worked in the starting role since qualifying (default 0).",
                    "schema": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 600
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The fastest route, the least self-funded route and up to three more",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Plans"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "422": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/insights": {
              "get": {
                "operationId": "getInsights",
                "summary": "Dead ends, bottlenecks and self-funded-only roles",
                "responses": {
                  "200": {
                    "description": "Insights",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Insights"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/start": {
              "get": {
                "operationId": "whereCanIStart",
                "summary": "Where you can start, and the roles open to you ranked, from a few answers",
                "description": "The starting points the answers give and every role a route reaches from them, ranked: first routes with no self-funded months (unless fund=yes), then roles serving the chosen ages, then the fewest months; each with its reasons.",
                "parameters": [
                  {
                    "name": "degree",
                    "in": "query",
                    "required": true,
                    "description": "Your degree",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "psychology",
                        "other",
                        "none"
                      ]
                    }
                  },
                  {
                    "name": "experience",
                    "in": "query",
                    "required": true,
                    "description": "Relevant work or life experience",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "yes",
                        "no"
                      ]
                    }
                  },
                  {
                    "name": "qualification",
                    "in": "query",
                    "required": false,
                    "description": "A professional qualification",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "none",
                        "health-or-social-care",
                        "counselling"
                      ]
                    }
                  },
                  {
                    "name": "current",
                    "in": "query",
                    "required": false,
                    "description": "The role you work in now (a role id)",
                    "schema": {
                      "type": "string"
                    }
                  },
                  {
                    "name": "fund",
                    "in": "query",
                    "required": true,
                    "description": "Could you pay for some training yourself",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "yes",
                        "no"
                      ]
                    }
                  },
                  {
                    "name": "ages",
                    "in": "query",
                    "required": false,
                    "description": "Ages you want to work with; repeat for more",
                    "schema": {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "enum": [
                          "children",
                          "young-people",
                          "adults",
                          "older-adults"
                        ]
                      }
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The starting points and the ranked roles",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/StartingAdvice"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "406": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/service-models": {
              "get": {
                "operationId": "listServiceModels",
                "summary": "Service models for the team designer, with every default's basis and sources",
                "responses": {
                  "200": {
                    "description": "Service models",
                    "content": {
                      "application/json": {
                        "schema": {
                          "type": "object",
                          "required": [
                            "catalogueVersion",
                            "count",
                            "data"
                          ],
                          "properties": {
                            "catalogueVersion": {
                              "type": "string"
                            },
                            "count": {
                              "type": "integer"
                            },
                            "data": {
                              "type": "array",
                              "items": {
                                "$ref": "#/components/schemas/ServiceModel"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/service-models/{id}": {
              "get": {
                "operationId": "getServiceModel",
                "summary": "One service model",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "description": "Service model id, e.g. talking-therapies",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The service model",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ServiceModel"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/designs": {
              "post": {
                "operationId": "createDesign",
                "summary": "Design the least-cost team for a service, save it, and return it with its explanation, alternatives and sensitivity",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/DesignRequest"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The saved design. Location holds its private API address.",
                    "headers": {
                      "Location": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "Idempotent-Replayed": {
                        "description": "\"true\" when this answers a retried request with its earlier document",
                        "schema": {
                          "type": "string",
                          "enum": [
                            "true"
                          ]
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/DesignResponse"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "404": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "413": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "422": {
                    "description": "Inputs out of range, or no team can meet the rules (then `conflicts` names the constraints that conflict)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "429": {
                    "$ref": "#/components/responses/TooManyRequests"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IdempotencyKey"
                  }
                ]
              }
            },
            "/api/v1/designs/{id}": {
              "get": {
                "operationId": "getDesign",
                "summary": "A saved design, by its private id",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "description": "The design's 26-character private id",
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The saved design",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/DesignResponse"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "500": {
                    "$ref": "#/components/responses/Unreadable"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/projections": {
              "post": {
                "operationId": "createProjection",
                "summary": "Project the workforce by role and place with a seeded Monte Carlo, save it, and return P10/P50/P90 against the target",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ProjectionScenario"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The saved projection. Location holds its private API address.",
                    "headers": {
                      "Location": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "Idempotent-Replayed": {
                        "description": "\"true\" when this answers a retried request with its earlier document",
                        "schema": {
                          "type": "string",
                          "enum": [
                            "true"
                          ]
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ProjectionResponse"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "413": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "422": {
                    "description": "A value out of range, or a CSV row that cannot be read (the detail names the row, column and value)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "429": {
                    "$ref": "#/components/responses/TooManyRequests"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IdempotencyKey"
                  }
                ]
              }
            },
            "/api/v1/projections/{id}": {
              "get": {
                "operationId": "getProjection",
                "summary": "A saved projection, by its private id",
                "parameters": [
                  {
                    "name": "id",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "string"
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The saved projection",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ProjectionResponse"
                        }
                      }
                    }
                  },
                  "404": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "500": {
                    "$ref": "#/components/responses/Unreadable"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                }
              }
            },
            "/api/v1/commissioning": {
              "post": {
                "operationId": "createCommissioning",
                "summary": "Find the least-cost training places by role, place and year that meet the target (an LP per place), project the plan with its uncertainty, save it, and return it; GET it at /api/v1/projections/{id}",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ProjectionScenario"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The saved projection. Location holds its private API address.",
                    "headers": {
                      "Location": {
                        "schema": {
                          "type": "string"
                        }
                      },
                      "Idempotent-Replayed": {
                        "description": "\"true\" when this answers a retried request with its earlier document",
                        "schema": {
                          "type": "string",
                          "enum": [
                            "true"
                          ]
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ProjectionResponse"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "413": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "422": {
                    "description": "A value out of range, or a CSV row that cannot be read (the detail names the row, column and value)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "415": {
                    "$ref": "#/components/responses/Problem"
                  },
                  "429": {
                    "$ref": "#/components/responses/TooManyRequests"
                  },
                  "503": {
                    "$ref": "#/components/responses/Unavailable"
                  },
                  "414": {
                    "$ref": "#/components/responses/Problem"
                  }
                },
                "parameters": [
                  {
                    "$ref": "#/components/parameters/IdempotencyKey"
                  }
                ]
              }
            }
          },
          "components": {
            "responses": {
              "Problem": {
                "description": "A problem (RFC 9457)",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                }
              },
              "Unavailable": {
                "description": "The optimisers are busy (queue full), a job ran past its time limit, or the database cannot be reached; nothing was saved. Retry-After says when to try again.",
                "headers": {
                  "Retry-After": {
                    "description": "Seconds to wait",
                    "schema": {
                      "type": "integer"
                    }
                  }
                },
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                }
              },
              "TooManyRequests": {
                "description": "This address has saved as many documents as it may this hour (SKILLMIX_WRITES_PER_HOUR); nothing was saved.",
                "headers": {
                  "Retry-After": {
                    "description": "Seconds until the hour turns",
                    "schema": {
                      "type": "integer"
                    }
                  }
                },
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                }
              },
              "Unreadable": {
                "description": "The saved document cannot be read back; the detail is logged and the problem's detail gives a reference to quote",
                "content": {
                  "application/problem+json": {
                    "schema": {
                      "$ref": "#/components/schemas/Problem"
                    }
                  }
                }
              }
            },
            "schemas": {
              "Problem": {
                "type": "object",
                "required": [
                  "type",
                  "title",
                  "status",
                  "detail"
                ],
                "properties": {
                  "type": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "status": {
                    "type": "integer"
                  },
                  "detail": {
                    "type": "string"
                  },
                  "instance": {
                    "type": "string"
                  },
                  "conflicts": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "For an infeasible design: the constraints that cannot hold together."
                  }
                }
              },
              "RoleSummary": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "group",
                  "summary",
                  "leadership",
                  "href",
                  "webHref"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "abbreviation": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "group": {
                    "type": "string"
                  },
                  "summary": {
                    "type": "string"
                  },
                  "ages": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "min": {
                        "type": "integer"
                      },
                      "max": {
                        "type": [
                          "integer",
                          "null"
                        ]
                      }
                    }
                  },
                  "trainingMonths": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "trainingSalaried": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  },
                  "bandTrainee": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "bandQualified": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "introduced": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "leadership": {
                    "type": "string",
                    "enum": [
                      "psychological-professions",
                      "allied-health-professions"
                    ]
                  },
                  "href": {
                    "type": "string"
                  },
                  "webHref": {
                    "type": "string"
                  }
                }
              },
              "Role": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "summary",
                  "group",
                  "training",
                  "bands",
                  "sources"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "abbreviation": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "summary": {
                    "type": "string"
                  },
                  "leadership": {
                    "type": "string"
                  },
                  "group": {
                    "type": "object",
                    "required": [
                      "value",
                      "sources",
                      "uncertain",
                      "unsourced"
                    ],
                    "properties": {
                      "value": {
                        "type": "string"
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "Source ids (see sources)."
                      },
                      "uncertain": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "What about this fact is inferred, conflicting or weakly sourced."
                      },
                      "unsourced": {
                        "type": "boolean",
                        "description": "True when no source was recorded for this fact."
                      }
                    }
                  },
                  "ages": {
                    "type": "object",
                    "required": [
                      "value",
                      "sources",
                      "uncertain",
                      "unsourced"
                    ],
                    "properties": {
                      "value": {
                        "type": [
                          "object",
                          "null"
                        ],
                        "properties": {
                          "min": {
                            "type": "integer"
                          },
                          "max": {
                            "type": [
                              "integer",
                              "null"
                            ]
                          }
                        }
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "Source ids (see sources)."
                      },
                      "uncertain": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "What about this fact is inferred, conflicting or weakly sourced."
                      },
                      "unsourced": {
                        "type": "boolean",
                        "description": "True when no source was recorded for this fact."
                      }
                    }
                  },
                  "settings": {
                    "type": "object",
                    "required": [
                      "value",
                      "sources",
                      "uncertain",
                      "unsourced"
                    ],
                    "properties": {
                      "value": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "text": {
                              "type": "string"
                            },
                            "kinds": {
                              "type": "array",
                              "items": {
                                "type": "string"
                              }
                            }
                          }
                        }
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "Source ids (see sources)."
                      },
                      "uncertain": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "What about this fact is inferred, conflicting or weakly sourced."
                      },
                      "unsourced": {
                        "type": "boolean",
                        "description": "True when no source was recorded for this fact."
                      }
                    }
                  },
                  "entryRequirements": {
                    "$ref": "#/components/schemas/SourcedFact"
                  },
                  "training": {
                    "type": "object",
                    "required": [
                      "value",
                      "sources",
                      "uncertain",
                      "unsourced"
                    ],
                    "properties": {
                      "value": {
                        "type": "object",
                        "properties": {
                          "programme": {
                            "type": "string"
                          },
                          "level": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "months": {
                            "type": [
                              "integer",
                              "null"
                            ]
                          },
                          "salaried": {
                            "type": [
                              "boolean",
                              "null"
                            ]
                          },
                          "providers": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          }
                        }
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "Source ids (see sources)."
                      },
                      "uncertain": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "What about this fact is inferred, conflicting or weakly sourced."
                      },
                      "unsourced": {
                        "type": "boolean",
                        "description": "True when no source was recorded for this fact."
                      }
                    }
                  },
                  "registration": {
                    "$ref": "#/components/schemas/SourcedFact"
                  },
                  "bands": {
                    "type": "object",
                    "required": [
                      "value",
                      "sources",
                      "uncertain",
                      "unsourced"
                    ],
                    "properties": {
                      "value": {
                        "type": "object",
                        "properties": {
                          "trainee": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "qualified": {
                            "type": [
                              "string",
                              "null"
                            ]
                          },
                          "progression": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          }
                        }
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "Source ids (see sources)."
                      },
                      "uncertain": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "What about this fact is inferred, conflicting or weakly sourced."
                      },
                      "unsourced": {
                        "type": "boolean",
                        "description": "True when no source was recorded for this fact."
                      }
                    }
                  },
                  "capabilities": {
                    "$ref": "#/components/schemas/SourcedFact"
                  },
                  "supervisedBy": {
                    "$ref": "#/components/schemas/SourcedFact"
                  },
                  "progression": {
                    "type": "object",
                    "required": [
                      "value",
                      "sources",
                      "uncertain",
                      "unsourced"
                    ],
                    "properties": {
                      "value": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "to": {
                              "type": "string"
                            },
                            "via": {
                              "type": "string"
                            },
                            "months": {
                              "type": [
                                "integer",
                                "null"
                              ]
                            }
                          }
                        }
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "Source ids (see sources)."
                      },
                      "uncertain": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "What about this fact is inferred, conflicting or weakly sourced."
                      },
                      "unsourced": {
                        "type": "boolean",
                        "description": "True when no source was recorded for this fact."
                      }
                    }
                  },
                  "introduced": {
                    "type": "object",
                    "required": [
                      "value",
                      "sources",
                      "uncertain",
                      "unsourced"
                    ],
                    "properties": {
                      "value": {
                        "type": [
                          "integer",
                          "null"
                        ]
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "Source ids (see sources)."
                      },
                      "uncertain": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "What about this fact is inferred, conflicting or weakly sourced."
                      },
                      "unsourced": {
                        "type": "boolean",
                        "description": "True when no source was recorded for this fact."
                      }
                    }
                  },
                  "intake": {
                    "type": "object",
                    "required": [
                      "value",
                      "sources",
                      "uncertain",
                      "unsourced"
                    ],
                    "properties": {
                      "value": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "label": {
                              "type": "string"
                            },
                            "value": {
                              "type": "string"
                            }
                          }
                        }
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "Source ids (see sources)."
                      },
                      "uncertain": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        },
                        "description": "What about this fact is inferred, conflicting or weakly sourced."
                      },
                      "unsourced": {
                        "type": "boolean",
                        "description": "True when no source was recorded for this fact."
                      }
                    }
                  },
                  "notes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "furtherSources": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Source"
                    }
                  },
                  "webHref": {
                    "type": "string"
                  },
                  "pay": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "description": "Annual pay in pounds (England, before London weighting) for the trainee and qualified bands, from the Agenda for Change table in force on the day of the request",
                    "properties": {
                      "year": {
                        "type": "string",
                        "description": "The pay year, such as 2026/27."
                      },
                      "edition": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "Names a second table for the same year; null for the year's first table."
                      },
                      "effectiveFrom": {
                        "type": "string",
                        "format": "date",
                        "description": "The first day the rates apply."
                      },
                      "basis": {
                        "type": "string",
                        "enum": [
                          "official",
                          "derived",
                          "secondary"
                        ],
                        "description": "official: the publisher's own table; derived: worked out by the sum in status; secondary: copied from someone else."
                      },
                      "status": {
                        "type": "string"
                      },
                      "trainee": {
                        "type": [
                          "object",
                          "null"
                        ],
                        "properties": {
                          "minimum": {
                            "type": "integer"
                          },
                          "maximum": {
                            "type": "integer"
                          }
                        }
                      },
                      "qualified": {
                        "type": [
                          "object",
                          "null"
                        ],
                        "properties": {
                          "minimum": {
                            "type": "integer"
                          },
                          "maximum": {
                            "type": "integer"
                          }
                        }
                      },
                      "sources": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      }
                    }
                  }
                }
              },
              "Group": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "description",
                  "roles",
                  "sources"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "description": {
                    "type": "string"
                  },
                  "roles": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "EntryPoint": {
                "type": "object",
                "required": [
                  "id",
                  "label",
                  "description",
                  "ppnCharacter",
                  "directRoles",
                  "trainingRoutes",
                  "notes",
                  "sources",
                  "uncertain"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "label": {
                    "type": "string"
                  },
                  "description": {
                    "type": "string"
                  },
                  "ppnCharacter": {
                    "type": "boolean"
                  },
                  "directRoles": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "notes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "trainingRoutes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "uncertain": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "Source": {
                "type": "object",
                "required": [
                  "id",
                  "url",
                  "publisher"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "url": {
                    "type": "string"
                  },
                  "publisher": {
                    "type": "string"
                  },
                  "title": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "date": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "dateBasis": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "checked": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "The day someone last read the page and found it still says what it is cited for; null when nobody has."
                  },
                  "checkedNote": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "secondary": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Why this is not the publisher's own page; null for a primary source."
                  }
                }
              },
              "Route": {
                "type": "object",
                "required": [
                  "id",
                  "from",
                  "fromKind",
                  "to",
                  "toKind",
                  "step",
                  "months",
                  "mode",
                  "funding",
                  "experienceMonths",
                  "nhsFundedTraining",
                  "unpaidMonths",
                  "sources"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "from": {
                    "type": "string"
                  },
                  "fromKind": {
                    "type": "string",
                    "enum": [
                      "role",
                      "entry-point"
                    ]
                  },
                  "to": {
                    "type": "string"
                  },
                  "toKind": {
                    "type": "string",
                    "enum": [
                      "role",
                      "entry-point"
                    ]
                  },
                  "step": {
                    "type": "string"
                  },
                  "months": {
                    "type": "integer"
                  },
                  "mode": {
                    "type": "string",
                    "enum": [
                      "full-time",
                      "part-time"
                    ]
                  },
                  "funding": {
                    "type": "string",
                    "enum": [
                      "salaried",
                      "self-funded",
                      "mixed"
                    ]
                  },
                  "level": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "experienceMonths": {
                    "type": "integer"
                  },
                  "prerequisites": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "nhsFundedTraining": {
                    "type": "boolean",
                    "description": "An NHS-funded psychological professions training, covered by the two-year funding rule"
                  },
                  "unpaidMonths": {
                    "type": "integer",
                    "description": "Months that may be self-funded (mixed funding counts in full)"
                  },
                  "competition": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "applicantsPerPlace": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "uncertain": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "assumptions": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "Plan": {
                "type": "object",
                "required": [
                  "totalMonths",
                  "unpaidMonths",
                  "ruleWaitMonths",
                  "places",
                  "steps"
                ],
                "properties": {
                  "totalMonths": {
                    "type": "integer"
                  },
                  "unpaidMonths": {
                    "type": "integer"
                  },
                  "ruleWaitMonths": {
                    "type": "integer"
                  },
                  "places": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "steps": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "route",
                        "startMonth",
                        "experienceWaitMonths",
                        "ruleWaitMonths",
                        "fundingRuleApplies",
                        "endMonth"
                      ],
                      "properties": {
                        "route": {
                          "$ref": "#/components/schemas/Route"
                        },
                        "startMonth": {
                          "type": "integer"
                        },
                        "experienceWaitMonths": {
                          "type": "integer"
                        },
                        "ruleWaitMonths": {
                          "type": "integer"
                        },
                        "fundingRuleApplies": {
                          "type": "boolean"
                        },
                        "bandWhileWaiting": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "bandWhileTraining": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "endMonth": {
                          "type": "integer",
                          "description": "Running total in months"
                        }
                      }
                    }
                  }
                }
              },
              "Plans": {
                "type": "object",
                "required": [
                  "catalogueVersion",
                  "from",
                  "to",
                  "optimise",
                  "routesFound",
                  "best",
                  "fastest",
                  "leastUnpaid",
                  "alternatives",
                  "webHref"
                ],
                "properties": {
                  "catalogueVersion": {
                    "type": "string"
                  },
                  "from": {
                    "type": "string"
                  },
                  "to": {
                    "type": "string"
                  },
                  "optimise": {
                    "type": "string",
                    "enum": [
                      "time",
                      "unpaid"
                    ]
                  },
                  "routesFound": {
                    "type": "integer"
                  },
                  "best": {
                    "$ref": "#/components/schemas/Plan"
                  },
                  "fastest": {
                    "$ref": "#/components/schemas/Plan"
                  },
                  "leastUnpaid": {
                    "$ref": "#/components/schemas/Plan"
                  },
                  "alternatives": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Plan"
                    }
                  },
                  "webHref": {
                    "type": "string"
                  }
                }
              },
              "Insights": {
                "type": "object",
                "required": [
                  "catalogueVersion",
                  "bottleneckApplicantsPerPlace",
                  "deadEnds",
                  "bottlenecks",
                  "competitive",
                  "selfFundedOnly"
                ],
                "properties": {
                  "catalogueVersion": {
                    "type": "string"
                  },
                  "bottleneckApplicantsPerPlace": {
                    "type": "number"
                  },
                  "deadEnds": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "bottlenecks": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CompetitiveStep"
                    }
                  },
                  "competitive": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/CompetitiveStep"
                    }
                  },
                  "selfFundedOnly": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "role": {
                          "type": "string"
                        },
                        "routes": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/Route"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "Parameter": {
                "type": "object",
                "description": "A default figure with its provenance.",
                "required": [
                  "value",
                  "basis",
                  "sources"
                ],
                "properties": {
                  "value": {
                    "type": "number"
                  },
                  "basis": {
                    "type": "string",
                    "enum": [
                      "official",
                      "estimate",
                      "derived",
                      "assumption"
                    ]
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "note": {
                    "type": "string"
                  }
                }
              },
              "ServiceModel": {
                "type": "object",
                "required": [
                  "id",
                  "name",
                  "summary",
                  "demandUnit",
                  "interventions",
                  "staff",
                  "fixedPosts",
                  "rules",
                  "sources",
                  "notes",
                  "designPage"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "summary": {
                    "type": "string"
                  },
                  "demandUnit": {
                    "type": "string"
                  },
                  "population": {
                    "type": "object",
                    "properties": {
                      "populationLabel": {
                        "type": "string"
                      },
                      "population": {
                        "$ref": "#/components/schemas/Parameter"
                      },
                      "prevalence": {
                        "$ref": "#/components/schemas/Parameter"
                      },
                      "accessRate": {
                        "$ref": "#/components/schemas/Parameter"
                      }
                    }
                  },
                  "interventions": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "id",
                        "name",
                        "sessions",
                        "minutesPerSession",
                        "didNotAttend",
                        "groupSize",
                        "episodes",
                        "weight",
                        "deliveredBy"
                      ],
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "summary": {
                          "type": "string"
                        },
                        "sessions": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "minutesPerSession": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "didNotAttend": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "groupSize": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "episodes": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "share": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "weight": {
                          "type": "number"
                        },
                        "deliveredBy": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "required": [
                              "role",
                              "efficiency",
                              "capability"
                            ],
                            "properties": {
                              "role": {
                                "type": "string"
                              },
                              "efficiency": {
                                "type": "number"
                              },
                              "capability": {
                                "type": "string",
                                "description": "The line of the role's catalogue capabilities that puts this work in its scope."
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "staff": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "required": [
                        "role",
                        "band",
                        "clinicalShare",
                        "supervisionReceived"
                      ],
                      "properties": {
                        "role": {
                          "type": "string"
                        },
                        "band": {
                          "type": "string"
                        },
                        "clinicalShare": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "supervisionReceived": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "supervisionGiven": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "span": {
                          "$ref": "#/components/schemas/Parameter"
                        },
                        "minimum": {
                          "type": "number"
                        },
                        "maximum": {
                          "type": "number"
                        },
                        "supervisors": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "supervisorsNote": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "fixedPosts": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "band": {
                          "type": "string"
                        },
                        "wte": {
                          "$ref": "#/components/schemas/Parameter"
                        }
                      }
                    }
                  },
                  "rules": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "text": {
                          "type": "string"
                        },
                        "roles": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "ratio": {
                          "type": "number"
                        },
                        "per": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "sources": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "notes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "designPage": {
                    "type": "string"
                  }
                }
              },
              "DesignRequest": {
                "type": "object",
                "required": [
                  "service"
                ],
                "additionalProperties": false,
                "properties": {
                  "service": {
                    "type": "string",
                    "description": "A service model id (GET /api/v1/service-models)."
                  },
                  "demand": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "number",
                      "minimum": 0,
                      "maximum": 2000000
                    },
                    "description": "Episodes a year by intervention id; others keep their default."
                  },
                  "population": {
                    "type": "object",
                    "required": [
                      "population",
                      "prevalence",
                      "accessRate"
                    ],
                    "properties": {
                      "population": {
                        "type": "number"
                      },
                      "prevalence": {
                        "type": "number",
                        "description": "Share, 0 to 1"
                      },
                      "accessRate": {
                        "type": "number",
                        "description": "Share, 0 to 1"
                      }
                    }
                  },
                  "budget": {
                    "type": "number",
                    "description": "Pounds a year with on-costs; the design then meets as much need as it can."
                  },
                  "posts": {
                    "type": "string",
                    "enum": [
                      "continuous",
                      "half",
                      "whole"
                    ],
                    "default": "continuous"
                  },
                  "onCosts": {
                    "type": "string",
                    "enum": [
                      "full",
                      "local"
                    ],
                    "default": "full"
                  },
                  "payPoint": {
                    "type": "string",
                    "enum": [
                      "top",
                      "entry"
                    ],
                    "default": "top"
                  },
                  "payYear": {
                    "type": "string",
                    "maxLength": 20,
                    "description": "The Agenda for Change year to cost posts at, such as 2025/26; leave out for the year in force on the day of the request."
                  },
                  "unavailable": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Role ids that cannot be recruited."
                  },
                  "limits": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "object",
                      "properties": {
                        "minimum": {
                          "type": "number"
                        },
                        "maximum": {
                          "type": "number"
                        }
                      }
                    },
                    "description": "WTE bounds by role id."
                  },
                  "current": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "number"
                    },
                    "description": "The team in post now, WTE by role id."
                  }
                }
              },
              "Design": {
                "type": "object",
                "required": [
                  "service",
                  "serviceName",
                  "catalogueVersion",
                  "input",
                  "posts",
                  "interventions",
                  "totalWTE",
                  "totalCost",
                  "episodesDemanded",
                  "episodesMet",
                  "costBasis",
                  "explanation",
                  "alternatives",
                  "sensitivity",
                  "parameters"
                ],
                "properties": {
                  "service": {
                    "type": "string"
                  },
                  "serviceName": {
                    "type": "string"
                  },
                  "catalogueVersion": {
                    "type": "string"
                  },
                  "input": {
                    "$ref": "#/components/schemas/DesignRequest"
                  },
                  "posts": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "role": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "band": {
                          "type": "string"
                        },
                        "wte": {
                          "type": "number"
                        },
                        "costPerWTE": {
                          "type": "number"
                        },
                        "cost": {
                          "type": "number"
                        },
                        "clinicalHours": {
                          "type": "number"
                        },
                        "interventionHours": {
                          "type": "number"
                        },
                        "supervisionGiven": {
                          "type": "number"
                        },
                        "supervisionReceived": {
                          "type": "number"
                        }
                      }
                    }
                  },
                  "fixedPosts": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "name": {
                          "type": "string"
                        },
                        "band": {
                          "type": "string"
                        },
                        "wte": {
                          "type": "number"
                        },
                        "cost": {
                          "type": "number"
                        }
                      }
                    }
                  },
                  "interventions": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "hoursPerEpisode": {
                          "type": "number"
                        },
                        "demand": {
                          "type": "number"
                        },
                        "met": {
                          "type": "number"
                        },
                        "hoursByRole": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "properties": {
                              "role": {
                                "type": "string"
                              },
                              "hours": {
                                "type": "number"
                              }
                            }
                          }
                        }
                      }
                    }
                  },
                  "supervision": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "from": {
                          "type": "string"
                        },
                        "to": {
                          "type": "string"
                        },
                        "hours": {
                          "type": "number"
                        }
                      }
                    }
                  },
                  "totalWTE": {
                    "type": "number"
                  },
                  "totalCost": {
                    "type": "number",
                    "description": "Pounds a year, fixed posts included."
                  },
                  "episodesDemanded": {
                    "type": "number"
                  },
                  "episodesMet": {
                    "type": "number"
                  },
                  "costBasis": {
                    "type": "string"
                  },
                  "payYear": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The Agenda for Change table the posts were costed at; null in designs saved before it was recorded."
                  },
                  "explanation": {
                    "type": "object",
                    "properties": {
                      "binding": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      },
                      "prices": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "text": {
                              "type": "string"
                            },
                            "value": {
                              "type": "number"
                            }
                          }
                        }
                      },
                      "nextRole": {
                        "type": "string"
                      },
                      "unused": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "alternatives": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/DesignOption"
                    }
                  },
                  "newRoles": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/DesignOption"
                    }
                  },
                  "sensitivity": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "label": {
                          "type": "string"
                        },
                        "totalWTE": {
                          "type": "number"
                        },
                        "cost": {
                          "type": "number"
                        },
                        "episodesDemanded": {
                          "type": "number"
                        },
                        "episodesMet": {
                          "type": "number"
                        },
                        "posts": {
                          "type": "array",
                          "items": {
                            "$ref": "#/components/schemas/PostCount"
                          }
                        }
                      }
                    }
                  },
                  "comparison": {
                    "type": "object",
                    "properties": {
                      "summary": {
                        "type": "string"
                      },
                      "currentCost": {
                        "type": "number"
                      },
                      "currentEpisodesMet": {
                        "type": "number"
                      },
                      "lines": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "role": {
                              "type": "string"
                            },
                            "name": {
                              "type": "string"
                            },
                            "current": {
                              "type": "number"
                            },
                            "proposed": {
                              "type": "number"
                            },
                            "action": {
                              "type": "string"
                            }
                          }
                        }
                      }
                    }
                  },
                  "parameters": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ParameterUse"
                    }
                  },
                  "notes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "DesignResponse": {
                "type": "object",
                "required": [
                  "catalogueVersion",
                  "design"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "links": {
                    "type": "object",
                    "properties": {
                      "page": {
                        "type": "string"
                      },
                      "api": {
                        "type": "string"
                      },
                      "csv": {
                        "type": "string"
                      },
                      "json": {
                        "type": "string"
                      },
                      "mps": {
                        "type": "string"
                      }
                    }
                  },
                  "catalogueVersion": {
                    "type": "string"
                  },
                  "design": {
                    "$ref": "#/components/schemas/Design"
                  }
                }
              },
              "ProjectionScenario": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "geography": {
                    "type": "string",
                    "enum": [
                      "regions",
                      "boards"
                    ],
                    "default": "regions",
                    "description": "regions: the 7 NHS England regions; boards: the integrated care boards of boardSet."
                  },
                  "boardSet": {
                    "type": "string",
                    "maxLength": 20,
                    "description": "With geography boards: 2026 for the 36 boards from 1 April 2026, 2022 for the 42 boards before. Leave out for the set in force on the day; a saved report names the set it used."
                  },
                  "years": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 20,
                    "default": 10
                  },
                  "runs": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 20000,
                    "default": 1000
                  },
                  "seed": {
                    "type": "integer",
                    "minimum": 0,
                    "default": 1
                  },
                  "targetAdditional": {
                    "type": "number",
                    "description": "Posts to add to the starting workforce by targetYear (default: the 2023 Long Term Workforce Plan's midpoint)."
                  },
                  "targetYear": {
                    "type": "integer"
                  },
                  "intakeScale": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 5,
                    "default": 1
                  },
                  "roles": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "object",
                      "properties": {
                        "baseline": {
                          "type": "number"
                        },
                        "leaverRate": {
                          "type": "number",
                          "exclusiveMinimum": 0,
                          "exclusiveMaximum": 1
                        },
                        "withdrawalRate": {
                          "type": "number"
                        },
                        "nhsPostShare": {
                          "type": "number"
                        },
                        "intake": {
                          "type": "number"
                        },
                        "target": {
                          "type": "number",
                          "description": "The role's own national target WTE in the target year, in place of its share of the national target."
                        }
                      }
                    }
                  },
                  "baselineCSV": {
                    "type": "string",
                    "description": "Your own starting workforce: a header row region,role,wte[,trainees_year1,trainees_year2,trainees_year3], then one row per place and role."
                  },
                  "supervisionRatio": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 10,
                    "description": "Commissioning: new places a year per WTE of the supervising roles (default 0.25, an assumption)."
                  },
                  "trainingBudget": {
                    "type": "number",
                    "minimum": 0,
                    "description": "Commissioning: national trainee salaries a year in pounds, with on-costs."
                  },
                  "planningMargin": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Commissioning: plan for each target raised by this share (default 0.05)."
                  },
                  "payYear": {
                    "type": "string",
                    "maxLength": 20,
                    "description": "Commissioning: the Agenda for Change year to cost trainees at; leave out for the year in force."
                  },
                  "groupTargets": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "number"
                    },
                    "description": "Posts to add by the target year for a group of roles (psychologists, associate-and-assistant-roles, psychological-therapists, psychological-practitioners), shared among its roles by their starting workforce."
                  }
                }
              },
              "ProjectionResponse": {
                "type": "object",
                "required": [
                  "catalogueVersion",
                  "projection"
                ],
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "links": {
                    "type": "object",
                    "properties": {
                      "page": {
                        "type": "string"
                      },
                      "api": {
                        "type": "string"
                      },
                      "csv": {
                        "type": "string"
                      },
                      "json": {
                        "type": "string"
                      }
                    }
                  },
                  "catalogueVersion": {
                    "type": "string"
                  },
                  "projection": {
                    "type": "object",
                    "properties": {
                      "scenario": {
                        "$ref": "#/components/schemas/ProjectionScenario"
                      },
                      "catalogueVersion": {
                        "type": "string"
                      },
                      "baseYear": {
                        "type": "integer"
                      },
                      "years": {
                        "type": "array",
                        "items": {
                          "type": "integer"
                        }
                      },
                      "total": {
                        "$ref": "#/components/schemas/ProjectionSeries"
                      },
                      "roles": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/ProjectionSeries"
                        }
                      },
                      "places": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": {
                            "id": {
                              "type": "string"
                            },
                            "name": {
                              "type": "string"
                            },
                            "finalMean": {
                              "type": "number"
                            },
                            "finalTarget": {
                              "type": "number"
                            }
                          }
                        }
                      },
                      "parameters": {
                        "type": "array",
                        "items": {
                          "$ref": "#/components/schemas/ParameterUse"
                        }
                      },
                      "notes": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      },
                      "commissioning": {
                        "type": "object",
                        "description": "Present for POST /api/v1/commissioning.",
                        "properties": {
                          "roles": {
                            "type": "array",
                            "items": {
                              "type": "object",
                              "properties": {
                                "id": {
                                  "type": "string"
                                },
                                "name": {
                                  "type": "string"
                                },
                                "defaultPlaces": {
                                  "type": "array",
                                  "items": {
                                    "type": "number"
                                  }
                                },
                                "places": {
                                  "type": "array",
                                  "items": {
                                    "type": "number"
                                  }
                                },
                                "shortfallBefore": {
                                  "type": "array",
                                  "items": {
                                    "type": "number"
                                  }
                                },
                                "shortfallAfter": {
                                  "type": "array",
                                  "items": {
                                    "type": "number"
                                  }
                                },
                                "traineeCost": {
                                  "type": "number"
                                }
                              }
                            }
                          },
                          "defaultCost": {
                            "type": "array",
                            "items": {
                              "type": "number"
                            }
                          },
                          "cost": {
                            "type": "array",
                            "items": {
                              "type": "number"
                            }
                          },
                          "shortfallWeight": {
                            "type": "number"
                          },
                          "supervisionRatio": {
                            "type": "number"
                          },
                          "planningMargin": {
                            "type": "number"
                          },
                          "budget": {
                            "type": "number"
                          },
                          "objective": {
                            "type": "number"
                          },
                          "placesSolved": {
                            "type": "integer"
                          },
                          "placesTotal": {
                            "type": "integer"
                          },
                          "payYear": {
                            "type": [
                              "string",
                              "null"
                            ],
                            "description": "The Agenda for Change table trainees were costed at."
                          },
                          "notes": {
                            "type": "array",
                            "items": {
                              "type": "string"
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              "SourcedFact": {
                "type": "object",
                "required": [
                  "value",
                  "sources",
                  "uncertain",
                  "unsourced"
                ],
                "properties": {
                  "value": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Source ids (see sources)."
                  },
                  "uncertain": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "What about this fact is inferred, conflicting or weakly sourced."
                  },
                  "unsourced": {
                    "type": "boolean",
                    "description": "True when no source was recorded for this fact."
                  }
                }
              },
              "ProjectionSeries": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "trainingYears": {
                    "type": "integer"
                  },
                  "baseline": {
                    "type": "number"
                  },
                  "target": {
                    "type": "array",
                    "items": {
                      "type": "number"
                    }
                  },
                  "p10": {
                    "type": "array",
                    "items": {
                      "type": "number"
                    }
                  },
                  "p50": {
                    "type": "array",
                    "items": {
                      "type": "number"
                    }
                  },
                  "p90": {
                    "type": "array",
                    "items": {
                      "type": "number"
                    }
                  },
                  "probabilityBelowTarget": {
                    "type": "array",
                    "items": {
                      "type": "number"
                    }
                  }
                }
              },
              "DesignOption": {
                "type": "object",
                "properties": {
                  "title": {
                    "type": "string"
                  },
                  "summary": {
                    "type": "string"
                  },
                  "posts": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PostCount"
                    }
                  },
                  "totalWTE": {
                    "type": "number"
                  },
                  "cost": {
                    "type": "number"
                  },
                  "costChange": {
                    "type": "number",
                    "description": "Relative to the optimum: 0.05 is 5% more."
                  },
                  "episodesMet": {
                    "type": "number"
                  }
                }
              },
              "CompetitiveStep": {
                "type": "object",
                "required": [
                  "to",
                  "step",
                  "competition",
                  "from",
                  "sources"
                ],
                "properties": {
                  "to": {
                    "type": "string"
                  },
                  "step": {
                    "type": "string"
                  },
                  "competition": {
                    "type": "string"
                  },
                  "applicantsPerPlace": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "from": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "PostCount": {
                "type": "object",
                "properties": {
                  "role": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "wte": {
                    "type": "number"
                  }
                }
              },
              "ParameterUse": {
                "type": "object",
                "properties": {
                  "label": {
                    "type": "string"
                  },
                  "value": {
                    "type": "number"
                  },
                  "unit": {
                    "type": "string"
                  },
                  "parameter": {
                    "$ref": "#/components/schemas/Parameter"
                  }
                }
              },
              "BusinessCase": {
                "type": "object",
                "description": "Business-case figures for a number of whole-time posts of one role in one service model.",
                "properties": {
                  "role": {
                    "type": "string"
                  },
                  "roleName": {
                    "type": "string"
                  },
                  "service": {
                    "type": "string"
                  },
                  "serviceName": {
                    "type": "string"
                  },
                  "posts": {
                    "type": "integer"
                  },
                  "payYear": {
                    "type": "string"
                  },
                  "qualifiedBand": {
                    "type": "string"
                  },
                  "costPerQualifiedPost": {
                    "type": "number"
                  },
                  "traineeBand": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "costPerTraineePost": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "trainingMonths": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "firstYear": {
                    "type": "object",
                    "properties": {
                      "amount": {
                        "type": "number"
                      },
                      "sum": {
                        "type": "string",
                        "description": "The sum that makes the amount."
                      }
                    }
                  },
                  "recurring": {
                    "type": "object",
                    "properties": {
                      "amount": {
                        "type": "number"
                      },
                      "sum": {
                        "type": "string",
                        "description": "The sum that makes the amount."
                      }
                    }
                  },
                  "supervisionNeeded": {
                    "type": "number",
                    "description": "Hours a year from staff in post."
                  },
                  "supervisors": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "clinicalHours": {
                    "type": "number"
                  },
                  "hoursUsed": {
                    "type": "number"
                  },
                  "episodes": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "intervention": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "hoursPerEpisode": {
                          "type": "number"
                        },
                        "demand": {
                          "type": "number"
                        },
                        "delivered": {
                          "type": "number"
                        }
                      }
                    }
                  },
                  "costBasis": {
                    "type": "string"
                  },
                  "parameters": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ParameterUse"
                    }
                  },
                  "limits": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  }
                }
              },
              "Introduction": {
                "type": "object",
                "properties": {
                  "catalogueVersion": {
                    "type": "string"
                  },
                  "role": {
                    "type": "string"
                  },
                  "name": {
                    "type": "string"
                  },
                  "capabilities": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "fits": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "service": {
                          "type": "string"
                        },
                        "serviceName": {
                          "type": "string"
                        },
                        "band": {
                          "type": "string"
                        },
                        "interventions": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "supervisionNeeded": {
                          "type": "number"
                        },
                        "supervisionBasis": {
                          "type": "string"
                        },
                        "supervisors": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "supervisionGiven": {
                          "type": [
                            "number",
                            "null"
                          ]
                        },
                        "designPage": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "payYear": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "trainee": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "bands": {
                        "type": "string"
                      },
                      "payEntry": {
                        "type": "number"
                      },
                      "payTop": {
                        "type": "number"
                      },
                      "costEntry": {
                        "type": "number"
                      },
                      "costTop": {
                        "type": "number"
                      }
                    }
                  },
                  "qualified": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "properties": {
                      "bands": {
                        "type": "string"
                      },
                      "payEntry": {
                        "type": "number"
                      },
                      "payTop": {
                        "type": "number"
                      },
                      "costEntry": {
                        "type": "number"
                      },
                      "costTop": {
                        "type": "number"
                      }
                    }
                  },
                  "onCosts": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "training": {
                    "type": "object",
                    "properties": {
                      "programme": {
                        "type": "string"
                      },
                      "level": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "months": {
                        "type": [
                          "integer",
                          "null"
                        ]
                      },
                      "salaried": {
                        "type": [
                          "boolean",
                          "null"
                        ]
                      },
                      "providers": {
                        "type": "array",
                        "items": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "experienceMonths": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "trainingMonths": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  },
                  "registration": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "notes": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "businessCase": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/BusinessCase"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "sources": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "webHref": {
                    "type": "string"
                  }
                }
              },
              "NextSteps": {
                "type": "object",
                "properties": {
                  "catalogueVersion": {
                    "type": "string"
                  },
                  "role": {
                    "type": "string"
                  },
                  "waysIn": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "step": {
                          "type": "string"
                        },
                        "from": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "competition": {
                          "type": [
                            "string",
                            "null"
                          ]
                        },
                        "sources": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  },
                  "searches": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "keyword": {
                          "type": "string"
                        },
                        "url": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "providers": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "answers": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "question": {
                          "type": "string"
                        },
                        "answer": {
                          "type": "string"
                        },
                        "derived": {
                          "type": "string"
                        },
                        "sources": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        }
                      }
                    }
                  },
                  "bestStep": {
                    "oneOf": [
                      {
                        "type": "object",
                        "properties": {
                          "route": {
                            "$ref": "#/components/schemas/Route"
                          },
                          "reach": {
                            "type": "integer"
                          }
                        }
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "webHref": {
                    "type": "string"
                  }
                }
              },
              "StartingAdvice": {
                "type": "object",
                "properties": {
                  "catalogueVersion": {
                    "type": "string"
                  },
                  "starts": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "place": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "reason": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "suggestions": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "rank": {
                          "type": "integer"
                        },
                        "role": {
                          "type": "string"
                        },
                        "name": {
                          "type": "string"
                        },
                        "start": {
                          "type": "string"
                        },
                        "months": {
                          "type": "integer"
                        },
                        "selfFundedMonths": {
                          "type": "integer"
                        },
                        "affordable": {
                          "type": "boolean"
                        },
                        "agesMatch": {
                          "type": "boolean"
                        },
                        "steps": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "reasons": {
                          "type": "array",
                          "items": {
                            "type": "string"
                          }
                        },
                        "href": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "unreachable": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "webHref": {
                    "type": "string"
                  }
                }
              }
            },
            "parameters": {
              "IdempotencyKey": {
                "name": "Idempotency-Key",
                "in": "header",
                "required": false,
                "description": "Optional. 1 to 200 visible ASCII characters (a UUID, say). A retry with the same key and body returns the document saved the first time, with Idempotent-Replayed: true, instead of saving again; the same key with another body answers 422. Keys are kept for a day.",
                "schema": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 200
                }
              }
            }
          }
        }
        """#
}

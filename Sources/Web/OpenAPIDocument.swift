/// The API's contract, served at /api/v1/openapi.json. A test checks its paths against the registered routes.
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "Skillmix API",
            "version": "1.0.0",
            "description": "Roles of the NHS psychological professions in England, with the source of every fact. All answers are JSON; errors are application/problem+json."
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
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "406": {
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
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
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "406": {
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
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
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
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
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
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
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
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
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
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
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
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
                    "description": "A problem (RFC 9457)",
                    "content": {
                      "application/problem+json": {
                        "schema": {
                          "$ref": "#/components/schemas/Problem"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "components": {
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
                  "supervisedBy": {
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
                    "description": "Annual pay in pounds (England, before London weighting) for the trainee and qualified bands, from the latest Agenda for Change scale",
                    "properties": {
                      "year": {
                        "type": "string"
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
                    }
                  },
                  "competitive": {
                    "type": "array",
                    "items": {
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
              }
            }
          }
        }
        """#
}

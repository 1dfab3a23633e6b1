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
              }
            }
          }
        }
        """#
}

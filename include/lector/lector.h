/* Lector: the one header to include. */
#pragma once

#include <lector/config.h>
#include <lector/document.h>
#include <lector/error.h>
#include <lector/json.h>
#include <lector/macros.h>
#include <lector/pipeline.h>
#include <lector/plugin.h>
#include <lector/registry.h>
#include <lector/version.h>

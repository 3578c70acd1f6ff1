# The summary plugin's build rules come here (see plugins/segment/local.mk).

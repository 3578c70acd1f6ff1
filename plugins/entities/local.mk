# The entities plugin's build rules come here (see plugins/segment/local.mk).

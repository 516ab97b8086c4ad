"""Several recorders: the dialogs to send sessions out, send a copy back and take one in."""

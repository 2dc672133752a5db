"""Tests of the repair stage (yamen.repair); files mirror its modules."""

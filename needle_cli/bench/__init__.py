"""`needle bench`: measure routing models (accuracy, speed, memory) and report them side by side.

scoring: BFCL's AST rules on plain data · datasets: BFCL v4 and the shell-intent set · run: the measurements ·
report: table, JSON and plot · cli: the `bench()` function and the `needle bench` command.
"""

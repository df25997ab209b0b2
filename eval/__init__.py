"""Evaluation: question sets, runner, metrics, a LangChain-tutorial baseline, the report (`styrsvar eval`)."""

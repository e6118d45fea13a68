// Four modules validated in parallel: each reports its own summary, and Maven sees a thread-safe goal.
evaluate(new File(verifyHelpers))
['alpha', 'beta', 'gamma', 'delta'].each { m ->
  assert log.contains("[INFO] Validated ${m} 1.0.0: 1 output port, 1 schema, 0 errors, 0 warnings") : "no summary for " + m
  assert new File(basedir, "${m}/target/dataproduct/validate-report.json").isFile()
}
assert !log.contains('not marked as thread-safe') && !log.contains('not marked as @threadSafe')
assert log.contains('BUILD SUCCESS')

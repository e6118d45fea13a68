// dataproduct.skip skips the goal, even on a descriptor that would fail, and says why.
evaluate(new File(verifyHelpers))
assert log.contains('[INFO] Skipping dataproduct:validate because dataproduct.skip is true')
assert !log.contains('Validated ')
assert !new File(basedir, 'target/dataproduct').exists()
assert log.contains('BUILD SUCCESS')

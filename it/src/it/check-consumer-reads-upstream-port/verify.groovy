// A consumer reads its upstream's contract from the producer's jar on the dependency path.
evaluate(new File(verifyHelpers))

// The consumer that reads an existing port and a deprecated one passes with a warning.
expect '[WARNING] dataproduct.yaml:21:11: WARNING [PORT-UPSTREAM-DEPRECATED] Input port "old-customers" reads port "legacy-customers" of crm/customers 3.0.0, but the port is deprecated'
// The consumer that names a port the producer does not have fails in validate, with a suggestion,
// before generate and javac (whose error would be "package ... does not exist").
expect '[ERROR] dataproduct.yaml:18:11: ERROR [PORT-UPSTREAM-MISSING] Input port "customers" reads port "customer-update" of crm/customers 3.0.0, which has no such port'
expect '    hint: Did you mean "customer-updates"?'
expect 'on project consumer-orders-wrong: dataproduct:validate found 1 error in the data product contract'
assert log.count('PORT-UPSTREAM-MISSING') == 2 : 'only the wrong consumer names a missing port (steps 3 and 4)'

// 4. In a reactor built up to test, the upstream contract is read from the producer's classes directory.
def steps = log.split(/\[INFO\] BUILD (SUCCESS|FAILURE)/)
assert steps.size() >= 4 : 'expected four builds in build.log'
assert steps[2].contains('Building consumer-orders-wrong')
assert !steps[2].contains(':generate (') && !steps[2].contains('--- compiler:') : 'validate stopped the wrong consumer before generate and javac'
assert steps[3].contains('Building consumer-orders-wrong')
assert steps[3].contains('ERROR [PORT-UPSTREAM-MISSING] Input port "customers" reads port "customer-update" of crm/customers 3.0.0, which has no such port')
assert !steps[3].contains(':jar (default-jar) @ crm-customers') : 'the producer was packaged; this step is about its classes directory'

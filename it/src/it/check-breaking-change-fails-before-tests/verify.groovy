// A breaking change to a product whose own unit test also breaks on the new schema: the contract
// finding is the first failure the user sees, and no test runs before it.
evaluate(new File(verifyHelpers))
// The builds append to one log; each ends with Maven's BUILD line.
def steps = log.split(/\[INFO\] BUILD (SUCCESS|FAILURE)/)
assert steps.size() >= 3 : "expected three builds in build.log"

// 1. The first release ran its test and was deployed.
assert steps[0].contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert steps[0].contains('this is the first release')

// 2. 1.1.0 adds the required field "channel": check, bound to process-sources, fails with the finding.
def step2 = steps[1]
def finding = '[ERROR] src/main/avro/com/example/sales/orders/OrdersEvent.avsc:'
def compat = 'ERROR [COMPAT-WIRE] Value of port "orders-events" is not BACKWARD compatible with 1.0.0'
assert step2.contains(finding) && step2.contains(compat) : 'the compatibility finding is missing:\n' + step2
assert step2.contains('[INFO] Compared verdict-orders 1.1.0 with 1.0.0: 1 output port, ')
// Maven's closing error (printed after the BUILD line) names the goal that failed.
assert log.contains('on project verdict-orders: dataproduct:check found 2 errors in the data product contract')
// In order: generate packed the contract, then check ran and failed, and the build ended there.
def generated = step2.indexOf(':generate (default) @ verdict-orders')
def checked = step2.indexOf(':check (default) @ verdict-orders')
def failedAt = step2.indexOf(compat)
assert generated >= 0 && checked > generated && failedAt > checked : 'expected generate, then check, then its finding'
// Nothing was compiled or tested: neither the product's code nor its test saw the new schema first.
assert !step2.contains(':compile (default-compile)') : 'compile ran before the contract verdict'
assert !step2.contains(':testCompile (default-testCompile)')
assert !step2.contains(':test (default-test)') && !step2.contains('T E S T S') : 'a test ran before the contract verdict'
assert !step2.contains('AvroMissingField')
assert !(step2 =~ /(?m)^\s+at [a-z]+\./) : 'step 2 shows a stack trace'

// 3. The same change with check skipped: the product's own test is what fails, with Avro's exception,
//    which says nothing about the contract. This is the failure check now comes before.
def step3 = steps[2]
assert step3.contains('Skipping dataproduct:check because dataproduct.check.skip is true')
assert step3.contains('T E S T S')
assert step3.contains('AvroMissingField') : 'the unit test did not fail on the new schema:\n' + step3
assert step3.contains('Tests run: 1, Failures: 0, Errors: 1, Skipped: 0')
assert !step3.contains('[COMPAT-WIRE]')

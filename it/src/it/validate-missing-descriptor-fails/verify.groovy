// Without dataproduct.yaml the goal fails and says how to create one.
evaluate(new File(verifyHelpers))

expect '[ERROR] dataproduct.yaml:1:1: ERROR [DESCRIPTOR-MISSING] Descriptor dataproduct.yaml does not exist'
expect '    hint: Create dataproduct.yaml, starting from:'
expect '      apiVersion: dataproduct.dev/v1'
expect '    or point the plugin at another file with -Ddataproduct.descriptor=<path>.'
expect 'dataproduct:validate found 1 error in the data product contract'
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'

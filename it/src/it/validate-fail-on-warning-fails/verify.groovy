// With failOnWarning, the one warning fails the build, and the failure says why.
evaluate(new File(verifyHelpers))
expect '[INFO] Validated orders 1.0.0: 1 output port, 2 schemas, 0 errors, 1 warning'
expect '[WARNING] src/main/avro/com/example/OrderEvent.avsc:10:14: WARNING [GOVERNANCE-FIELD-DOC] Field "channel" of record "com.example.OrderEvent" has no doc'
expect 'dataproduct:validate found 1 warning (failOnWarning is set) in the data product contract'

// The policy artifact is resolved from the repository and applied; the summary names it; the
// product may lower a rule the policy does not enforce, but not one it enforces.
evaluate(new File(verifyHelpers))
def policy = '(policy dev.dataproduct.it:mesh-policy:1.2.0)'

expect '[INFO] Validated orders 2.0.0: 1 output port, 1 schema, 6 errors, 1 warning; policy dev.dataproduct.it:mesh-policy:1.2.0 applied'
expect "[ERROR] dataproduct.yaml:1:1: ERROR [POLICY-REQUIRED-TAG] The product lacks the required tag tier-1 ${policy}"
expect "[ERROR] dataproduct.yaml:4:9: ERROR [POLICY-DOMAIN] Domain \"marketing\" is not one the mesh allows ${policy}"
expect '    hint: Allowed: sales, crm, logistics.'
expect "[ERROR] dataproduct.yaml:10:12: ERROR [POLICY-TOPIC-PATTERN] Topic \"sales.orders.order-events.v1\" does not follow the pattern {domain}.{product}.{port}.v{major} ${policy}"
expect '    hint: Name it "marketing.orders.order-events.v2".'
expect "[ERROR] dataproduct.yaml:13:23: ERROR [POLICY-MIN-SLO] Freshness of port \"order-events\" is PT2H; the mesh requires at most PT1H ${policy}"
// Enforced by the policy: the product's "off" is refused and the rule stays an error.
expect '[ERROR] pom.xml:1:1: ERROR [POLICY-ENFORCED] Rule GOVERNANCE-FIELD-DOC is set to off but policy dev.dataproduct.it:mesh-policy:1.2.0 enforces error'
expect '[ERROR] src/main/avro/com/example/OrderEvent.avsc:7:14: ERROR [GOVERNANCE-FIELD-DOC] Field "orderId" of record "com.example.OrderEvent" has no doc'
// Not enforced: the policy raised it to error, the product lowered it back to a warning.
expect '[WARNING] dataproduct.yaml:9:5: WARNING [OWNER-PORT-DESCRIPTION] Output port "order-events" has no description'

// A confluent port against a real Kafka broker and a real Apicurio Registry 2.4.2, and Apicurio's own serde on the other side.
evaluate(new File(verifyHelpers))

expect '[INFO] Generated payments 1.0.0 into target/generated-sources/dataproduct: 3 Avro classes, 1 producer, 1 consumer ('
// Ours to ours and to Apicurio's deserializer; Apicurio's serializer to ours; an unknown schema id to the handler.
expect 'Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed'
expect '-- in com.example.billing.PaymentsThroughApicurioTest'
true

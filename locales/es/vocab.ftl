## Nombres de los términos del vocabulario integrado (data/vocab/*.toml), un mensaje por identificador.
## Los identificadores tras el prefijo son fijos; solo se traduce el texto. Los nombres son etiquetas
## breves para títulos, celdas de tablas y listas: sin punto final.
## Los atributos `.article` son referencias jurídicas según el uso español («art. 6.1.a) del RGPD»).
## `.description` y `.explanation` son frases completas dirigidas al lector.

## A quién va dirigida la política (bajo «A quién va dirigida esta política»).

vocab-audience-consumers = Consumidores
vocab-audience-businesses = Contactos profesionales
vocab-audience-employees = Empleados
vocab-audience-job_applicants = Candidatos a un empleo
vocab-audience-children = Menores
vocab-audience-patients = Pacientes
vocab-audience-students = Estudiantes
vocab-audience-visitors = Visitantes del sitio web

## Tipos de datos personales (junto a cada categoría de datos y en el resumen).

vocab-data-identity = Datos identificativos
vocab-data-contact = Datos de contacto
vocab-data-account = Datos de la cuenta
vocab-data-credentials = Credenciales de acceso
vocab-data-identifiers = Números de identificación
vocab-data-online_identifiers = Identificadores en línea
vocab-data-device = Datos del dispositivo
vocab-data-usage = Datos de uso
vocab-data-location = Datos de localización
vocab-data-payment = Datos de pago
vocab-data-financial = Datos financieros y de transacciones
vocab-data-communications = Comunicaciones
vocab-data-recordings = Grabaciones
vocab-data-user_content = Contenidos que usted aporta
vocab-data-professional = Datos profesionales
vocab-data-preferences = Preferencias
vocab-data-demographics = Datos demográficos
vocab-data-marketing = Datos de marketing
vocab-data-images = Fotografías e imágenes
vocab-data-household = Datos del hogar
vocab-data-education = Formación académica
vocab-data-racial_ethnic_origin = Origen étnico o racial
vocab-data-political_opinions = Opiniones políticas
vocab-data-religious_beliefs = Convicciones religiosas o filosóficas
vocab-data-trade_union_membership = Afiliación sindical
vocab-data-genetic = Datos genéticos
vocab-data-biometric = Datos biométricos
vocab-data-health = Datos relativos a la salud
vocab-data-sex_life = Vida sexual u orientación sexual
vocab-data-criminal = Condenas e infracciones penales
vocab-data-unspecified = No se indica

## Tipos de fines (como tipo de cada fin y en el resumen).

vocab-purpose-service_provision = Prestación del servicio
vocab-purpose-account_management = Gestión de su cuenta
vocab-purpose-customer_support = Atención al cliente
vocab-purpose-billing = Facturación y pagos
vocab-purpose-order_fulfilment = Gestión de pedidos
vocab-purpose-communications = Comunicaciones sobre el servicio
vocab-purpose-security = Seguridad informática
vocab-purpose-premises_security = Seguridad de las instalaciones y de las personas
vocab-purpose-fraud_prevention = Prevención del fraude
vocab-purpose-legal_compliance = Cumplimiento de obligaciones legales
vocab-purpose-legal_claims = Reclamaciones y defensa jurídica
vocab-purpose-marketing = Mercadotecnia directa
vocab-purpose-advertising = Publicidad personalizada
vocab-purpose-personalisation = Personalización
vocab-purpose-analytics = Estadísticas de uso
vocab-purpose-service_improvement = Mejora del servicio
vocab-purpose-research_development = Investigación y desarrollo
vocab-purpose-recruitment = Selección de personal
vocab-purpose-business_transfer = Operaciones societarias
vocab-purpose-record_keeping = Conservación de registros
vocab-purpose-quality_assurance = Control de calidad
vocab-purpose-feedback = Opiniones y encuestas
vocab-purpose-product_updates = Novedades de productos
vocab-purpose-identity_verification = Verificación de identidad
vocab-purpose-debt_collection = Recobro de deudas
vocab-purpose-unspecified = No se indica

## Bases jurídicas del art. 6.1 del RGPD. El valor es la etiqueta breve; `.explanation` explica con palabras sencillas qué significa la base para el lector, siguiendo el texto del art. 6.1.

vocab-basis-consent = Consentimiento
    .explanation = Usted ha dado su consentimiento para el tratamiento de sus datos personales con este fin específico.
    .article = art. 6.1.a) del RGPD
vocab-basis-contract = Ejecución de un contrato
    .explanation = El tratamiento es necesario para la ejecución de un contrato en el que usted es parte o para aplicar, a petición suya, medidas precontractuales.
    .article = art. 6.1.b) del RGPD
vocab-basis-legal_obligation = Obligación legal
    .explanation = El tratamiento es necesario para el cumplimiento de una obligación legal que nos es aplicable.
    .article = art. 6.1.c) del RGPD
vocab-basis-vital_interests = Intereses vitales
    .explanation = El tratamiento es necesario para proteger sus intereses vitales o los de otra persona.
    .article = art. 6.1.d) del RGPD
vocab-basis-public_task = Interés público o ejercicio de poderes públicos
    .explanation = El tratamiento es necesario para el cumplimiento de una misión realizada en interés público o en el ejercicio de poderes públicos que se nos han conferido.
    .article = art. 6.1.e) del RGPD
vocab-basis-legitimate_interests = Intereses legítimos
    .explanation = El tratamiento es necesario para satisfacer intereses legítimos perseguidos por nosotros o por un tercero, sin que prevalezcan sobre ellos sus intereses, derechos y libertades.
    .article = art. 6.1.f) del RGPD

## Circunstancias del art. 9.2 del RGPD para las categorías especiales de datos personales.

vocab-condition-explicit_consent = Consentimiento explícito
    .article = art. 9.2.a) del RGPD
vocab-condition-employment_social_security = Derecho laboral y de la seguridad social
    .article = art. 9.2.b) del RGPD
vocab-condition-vital_interests = Intereses vitales
    .article = art. 9.2.c) del RGPD
vocab-condition-non_profit_body = Organismo sin ánimo de lucro
    .article = art. 9.2.d) del RGPD
vocab-condition-made_public = Datos hechos públicos por el interesado
    .article = art. 9.2.e) del RGPD
vocab-condition-legal_claims = Formulación, ejercicio o defensa de reclamaciones
    .article = art. 9.2.f) del RGPD
vocab-condition-substantial_public_interest = Interés público esencial
    .article = art. 9.2.g) del RGPD
vocab-condition-health_care = Asistencia sanitaria o social
    .article = art. 9.2.h) del RGPD
vocab-condition-public_health = Salud pública
    .article = art. 9.2.i) del RGPD
vocab-condition-archiving_research = Archivo, investigación y estadística
    .article = art. 9.2.j) del RGPD

## Funciones de los destinatarios (una columna de tabla). Términos del RGPD: encargado, responsable y corresponsable del tratamiento.

vocab-role-processor = Encargado del tratamiento
vocab-role-sub_processor = Subencargado del tratamiento
vocab-role-controller = Responsable del tratamiento (independiente)
vocab-role-joint_controller = Corresponsable del tratamiento
vocab-role-public_authority = Autoridad pública
vocab-role-affiliate = Empresa del grupo
vocab-role-other = Otro tercero

## Si la persona está obligada a facilitar los datos (art. 13.2.e)); responde a la pregunta «¿Está obligado a facilitarlos?».

vocab-requirement-statutory = Exigidos por la ley
vocab-requirement-contractual = Exigidos por el contrato
vocab-requirement-contract_prerequisite = Necesarios para celebrar un contrato
vocab-requirement-voluntary = Voluntarios

## Procedencia de los datos personales (art. 14.2.f)).

vocab-source-data_subject = Facilitados por usted
vocab-source-observed = Obtenidos a partir de su uso del servicio
vocab-source-third_party = Obtenidos de terceros
vocab-source-publicly_available = Obtenidos de fuentes de acceso público
vocab-source-customer = Facilitados por su empleador u organización
vocab-source-generated = Generados por nosotros

## Derechos del interesado. El valor es el título del derecho en el RGPD; `.description` explica lo que el derecho permite hacer al lector.

vocab-right-access = Derecho de acceso
    .description = Puede saber si tratamos datos personales que le conciernen y, en tal caso, obtener una copia de ellos junto con información sobre el tratamiento.
    .article = art. 15 del RGPD
vocab-right-rectification = Derecho de rectificación
    .description = Puede pedir que se corrijan sus datos personales inexactos y que se completen los incompletos.
    .article = art. 16 del RGPD
vocab-right-erasure = Derecho de supresión («derecho al olvido»)
    .description = Puede solicitar la supresión de sus datos personales, por ejemplo cuando ya no los necesitemos o cuando retire el consentimiento en el que se basa su tratamiento.
    .article = art. 17 del RGPD
vocab-right-restriction = Derecho a la limitación del tratamiento
    .description = Puede solicitar que limitemos el tratamiento de sus datos, por ejemplo mientras comprobamos si son exactos.
    .article = art. 18 del RGPD
vocab-right-portability = Derecho a la portabilidad de los datos
    .description = Puede recibir los datos que nos ha facilitado, cuando los tratemos sobre la base de su consentimiento o de un contrato, en un formato estructurado, de uso común y lectura mecánica, y pedir que se transmitan a otro responsable del tratamiento.
    .article = art. 20 del RGPD
vocab-right-objection = Derecho de oposición
    .description = Puede oponerse a los tratamientos basados en intereses legítimos o en una misión de interés público y, en cualquier momento, a la mercadotecnia directa.
    .article = art. 21 del RGPD
vocab-right-automated_decisions = Derechos relacionados con las decisiones automatizadas
    .description = Tiene derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzca efectos jurídicos en usted o le afecte significativamente de modo similar.
    .article = art. 22 del RGPD
vocab-right-withdraw_consent = Derecho a retirar el consentimiento
    .description = Puede retirar su consentimiento en cualquier momento, con la misma facilidad con que lo dio, sin que ello afecte a la licitud del tratamiento anterior a la retirada.
    .article = art. 7.3 del RGPD
vocab-right-complaint = Derecho a presentar una reclamación ante una autoridad de control
    .description = Puede presentar una reclamación ante una autoridad de control, en particular en el Estado miembro en el que resida, en el que trabaje o en el que se haya producido la supuesta infracción.
    .article = art. 77 del RGPD

## Garantías para las transferencias fuera de la UE/EEE (art. 45 a 49 del RGPD).

vocab-mechanism-adequacy = Decisión de adecuación
    .description = La Comisión Europea ha decidido que el país de destino garantiza un nivel de protección adecuado de los datos personales.
    .article = art. 45.3 del RGPD
vocab-mechanism-data_privacy_framework = Marco de Privacidad de Datos UE-EE. UU.
    .description = El destinatario establecido en los Estados Unidos está certificado con arreglo al Marco de Privacidad de Datos UE-EE. UU., respecto del cual la Comisión Europea ha constatado que garantiza un nivel de protección adecuado.
    .article = art. 45.3 del RGPD
vocab-mechanism-legally_binding_instrument = Instrumento vinculante entre organismos públicos
    .description = Los datos están protegidos por un instrumento jurídicamente vinculante y exigible entre autoridades u organismos públicos.
    .article = art. 46.2.a) del RGPD
vocab-mechanism-binding_corporate_rules = Normas corporativas vinculantes
    .description = Unas normas de protección de datos aprobadas por una autoridad de control obligan a todas las empresas del grupo del destinatario.
    .article = art. 46.2.b) del RGPD
vocab-mechanism-standard_contractual_clauses = Cláusulas tipo de protección de datos
    .description = Nuestro contrato con el destinatario incluye las cláusulas tipo de protección de datos adoptadas por la Comisión Europea.
    .article = art. 46.2.c) del RGPD
vocab-mechanism-supervisory_authority_clauses = Cláusulas tipo de protección de datos de una autoridad de control
    .description = Nuestro contrato con el destinatario incluye cláusulas tipo de protección de datos adoptadas por una autoridad de control y aprobadas por la Comisión Europea.
    .article = art. 46.2.d) del RGPD
vocab-mechanism-code_of_conduct = Código de conducta aprobado
    .description = El destinatario se adhiere a un código de conducta aprobado y ha asumido compromisos vinculantes y exigibles de aplicar sus garantías.
    .article = art. 46.2.e) del RGPD
vocab-mechanism-certification = Mecanismo de certificación aprobado
    .description = El destinatario cuenta con una certificación aprobada y ha asumido compromisos vinculantes y exigibles de aplicar sus garantías.
    .article = art. 46.2.f) del RGPD
vocab-mechanism-ad_hoc_clauses = Cláusulas contractuales autorizadas específicamente
    .description = Los datos están protegidos por cláusulas contractuales redactadas para esta transferencia y autorizadas por la autoridad de control competente.
    .article = art. 46.3.a) del RGPD
vocab-mechanism-administrative_arrangement = Acuerdo administrativo
    .description = Los datos están protegidos por disposiciones incorporadas en un acuerdo administrativo entre autoridades u organismos públicos y autorizadas por la autoridad de control competente.
    .article = art. 46.3.b) del RGPD
vocab-mechanism-explicit_consent_derogation = Consentimiento explícito a la transferencia
    .description = Usted ha dado su consentimiento explícito a la transferencia después de que le informáramos de sus posibles riesgos.
    .article = art. 49.1.a) del RGPD
vocab-mechanism-contract_derogation = Necesaria para un contrato con usted
    .description = La transferencia es necesaria para la ejecución de un contrato con usted o para aplicar medidas precontractuales que usted haya solicitado.
    .article = art. 49.1.b) del RGPD
vocab-mechanism-third_party_contract_derogation = Necesaria para un contrato en su interés
    .description = La transferencia es necesaria para un contrato celebrado en su interés entre nosotros y otra persona.
    .article = art. 49.1.c) del RGPD
vocab-mechanism-public_interest_derogation = Razones importantes de interés público
    .description = La transferencia es necesaria por razones importantes de interés público reconocidas por el Derecho.
    .article = art. 49.1.d) del RGPD
vocab-mechanism-legal_claims_derogation = Formulación, ejercicio o defensa de reclamaciones
    .description = La transferencia es necesaria para la formulación, el ejercicio o la defensa de reclamaciones.
    .article = art. 49.1.e) del RGPD
vocab-mechanism-vital_interests_derogation = Intereses vitales
    .description = La transferencia es necesaria para proteger sus intereses vitales o los de otra persona, cuando usted no esté en condiciones de dar su consentimiento.
    .article = art. 49.1.f) del RGPD
vocab-mechanism-public_register_derogation = Registro público
    .description = Los datos proceden de un registro abierto al público con arreglo al Derecho de la Unión o de un Estado miembro.
    .article = art. 49.1.g) del RGPD
vocab-mechanism-compelling_interests_derogation = Intereses legítimos imperiosos
    .description = La transferencia no es repetitiva, afecta solo a un número limitado de personas y es necesaria para intereses legítimos imperiosos; se acompaña de garantías apropiadas y se informa de ella a la autoridad de control.
    .article = art. 49.1, párrafo segundo, del RGPD

## Categorías de cookies y rastreadores similares.

vocab-cookie-strictly_necessary = Estrictamente necesarias
vocab-cookie-preferences = Preferencias
vocab-cookie-statistics = Estadísticas
vocab-cookie-marketing = Marketing
vocab-cookie-unspecified = No se indica

## Tecnologías de rastreo.

vocab-technology-cookie = Cookie
vocab-technology-local_storage = Almacenamiento local
vocab-technology-pixel = Píxel de seguimiento
vocab-technology-sdk = Kit de desarrollo de software (SDK)
vocab-technology-fingerprinting = Huella digital del dispositivo

## Cómo se da o se retira el consentimiento.

vocab-consent_channel-online = En nuestro sitio web o en nuestra aplicación
vocab-consent_channel-terms = Aceptando nuestras condiciones
vocab-consent_channel-email = Por correo electrónico
vocab-consent_channel-phone = Por teléfono
vocab-consent_channel-post = Por correo postal
vocab-consent_channel-in_person = En persona

## Canales de los mensajes de mercadotecnia.

vocab-channel-email = Correo electrónico
vocab-channel-sms = Mensajes de texto (SMS)
vocab-channel-automated_call = Llamadas automáticas
vocab-channel-fax = Fax
vocab-channel-phone = Llamadas telefónicas
vocab-channel-push = Notificaciones push
vocab-channel-post = Correo postal

## Por qué un responsable del tratamiento establecido fuera de la UE no tiene representante en ella (art. 27.2 del RGPD).

vocab-exemption-occasional = Tratamiento ocasional
    .description = Nuestro tratamiento es ocasional, no incluye el tratamiento a gran escala de categorías especiales de datos ni de datos relativos a condenas e infracciones penales, y es improbable que entrañe un riesgo para sus derechos y libertades.
    .article = art. 27.2.a) del RGPD
vocab-exemption-public_authority = Autoridad u organismo público
    .description = Somos una autoridad u organismo público.
    .article = art. 27.2.b) del RGPD

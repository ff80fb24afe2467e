// The embedded copies of `config/triage.yaml` and `config/triage-model.tsv`; a test keeps them equal. Regenerate
// with `scripts/embed-triage-defaults`.

import IntakeCore

enum TriageDefaults {
    /// The default triage rules, as shipped in `config/triage.yaml`.
    static let yaml = #"""
        # Triage rules of intake: how a complaint gets its category, urgency, severity, deadlines and links to the same
        # customer's earlier complaints. These are the defaults the gateway embeds; point `triage.rules` in the gateway
        # configuration at a copy to change them. The gateway reloads the file when it changes (or on SIGHUP) and keeps
        # the rules it has if the new file has a problem; `intake config check` checks it.
        #
        # Matching: keywords are matched case-insensitively; full-width letters count as half-width. A keyword that starts
        # or ends with a Latin letter or digit matches whole words only on that side ("sue" does not match "issue", "110"
        # not "1100"), and a Latin keyword also matches its plural in s ("parcel" finds "parcels"); Chinese keywords match
        # anywhere. `patterns` are regular expressions for what keywords cannot say.
        # `except` lists phrases which, where they overlap a keyword, make it mean something harmless ("媒体播放器", "police uniform").
        version: 1

        # Category rules vote: each distinct keyword found gives `weight` votes to its category; the most votes win, a tie
        # goes to the rule listed first. No vote: `fallback_category`.
        categories:
          - name: safety
            category: safety
            weight: 3
            keywords: [安全隐患, 隐患, 危险, 受伤, 烫伤, 烧伤, 划伤, 割伤, 砸伤, 摔伤, 划破, 骨折, 流血, 出血, 住院, 急诊, 送医, 食物中毒, 中毒,
              上吐下泻, 拉肚子, 腹泻, 呕吐, 过敏, 异物, 玻璃渣, 玻璃碴, 玻璃, 铁丝, 钉子, 虫子, 苍蝇, 蟑螂, 头发丝, 吃出, 喝出, 触电, 漏电, 电线裸露,
              电线外露, 起火, 着火, 冒烟, 爆炸, 自燃, 鼓包, 出事, 煤气味, 燃气泄漏, 漏气, 刹车失灵, 酒驾, 醉驾, 酒后, 酒气, 喝酒, 疲劳驾驶, 超速,
              闯红灯, 逆行, 差点撞, 差点追尾, 追尾, 车祸, 险些, 窒息, 误吞, 误食, 小零件, 零件太小, 卡住喉咙, 掉下来, 砸到, 滑倒, 摔倒, 地面湿滑,
              没有防护, 消防通道, 灭火器, 安全出口, 噎, 烫到, 受傷, 燙傷, 觸電, 漏電, 危險, 玻璃碎, 燙到, 水泡, 起水泡, 滚烫, 滾燙, 塑料丝, 差点吃,
              吃进去, 红灯, 边开车边, 开车玩手机, 开车看手机, 刷视频, 害怕, 摔下来, 缝了, 划开, 配电箱, 电线, 外皮破, 过敏原, 花生,
              unsafe, dangerous, danger, hazard, hazardous, choking hazard, small parts, injured, injury, injuries, hurt, bleeding,
              burn, burned, burnt, scalded, food poisoning, poisoned, poisoning, vomiting, diarrhea, diarrhoea, allergic reaction,
              foreign object, glass in, metal in, piece of plastic, bug in, cockroach, hair in my food, electric shock,
              electrocuted, exposed wire, exposed hot, live wire, sparking, sparks, caught fire, on fire, smoke, exploded,
              explosion, gas leak, smell of gas, brakes failed, drunk, drunk driving, drunk driver, swerving, speeding, ran a red
              light, reckless, near miss, nearly crashed, almost crashed, crash, choked, choking, slipped, tripped, fell down,
              fell over, collapsed, fire exit, fire extinguisher, emergency exit, recall, overheating, overheated, gets really
              hot, swollen battery, button batteries, toddler, frightening, allergy, allergic, nut allergy, peanut, smelled
              gas, gas smell, chipped my, chipped a tooth, broke a tooth, dentist,
              短视频, 低头, 一百多, 后怕, 专心开车, 放进嘴, 放進嘴, 零件, 拿错, 药物, 用药, 降压药, 降糖药, gash, reversed into, handrail, loose, going to fall, sparkler, fire brigade,
              燃气味, 在漏, 漏了, wires showing, exposed wires, brake, brakes, not be on the road, warning light,
              full speed, close calls, close call, footpath, hives, swelled, 防护网, 摔断, 蹦床, fire door, accident waiting to happen, emergency lighting]
            except: [危险品运输, 冒烟的美食, 玻璃杯, 玻璃门坏了]
          - name: suggestion-lead
            category: suggestion
            weight: 5
            # A message that states its proposal as such ("建议：…", "Suggestion: …").
            keywords: ['建议:', '建议,', '提议:', '建議:', '小建议:', 'suggestion:', 'proposal:', 'idea:', 'feature request:',
              建议物业, 建议商场, 建议医院, 建议地铁, 建议银行, 建议平台, 建议贵公司, 建议店家, 建议学校, 想建议, 建议一下, 提个建议, just a thought, 'a thought:']
          - name: suggestion
            category: suggestion
            weight: 3
            keywords: [建议, 提议, 希望能, 希望可以, 希望增加, 希望开通, 希望推出, 希望你们能, 希望也能, 希望你们也, 能不能增加, 能否增加, 能不能开通,
              能否开通, 能不能在, 能不能放, 能不能加, 能否在, 可不可以增加, 可以考虑, 是否可以, 如果能, 要是能, 就好了, 最好能, 增设, 增加一个,
              增加一些, 多投放, 多开, 多设, 延长, 改进, 优化, 提个意见, 小建议, 一点建议, 能支持, 上线类似, 类似功能, 新功能, 也能,
              建議, 希望能, 改進, 優化, 就好了,
              suggest, suggestion, recommend, recommendation, it would be nice, it would be great, would be nice, would be great,
              would be helpful, would love, i'd love, would like to see, please consider, consider adding, could you add, can you
              add, please add, it'd be nice, just an idea, idea, feature request, wish you would, i wish, wish the, hope you can,
              any chance of, adding, maybe make, maybe add, maybe you could, why not, how about, would benefit, should let
              us, would be lovely, it'd be great, could the, stock more, could you stock,
              能不能把, 缩短, 或者在, 标明, worth considering, set up a, propose, proposal, 希望你们也能, 希望贵公司能,
              希望平台能, 希望商家能, 希望以后能, 希望以后可以, 希望今后能, 也能每, 能增加, 可以增加, 能推出, 能开通, 能提供, 可以提供,
              不如, 能把, 设成, 默认勾选, 能不能出, 能不能做, 能不能推出, 多装, 加几,
              should add, add option, 求求, 出个]
            except: [意见很大, 有意见, 建议我, 希望尽快, 希望你们尽快, 希望能尽快, 希望能给, 希望能退, 希望可以退, 希望可以尽快, 希望能赔, 希望能解决,
              希望能处理, 希望能换, 希望可以换, 期待回复, 优化一下你们的态度, 延长了, 被延长, recommend you refund, strongly suggest you refund, i
              suggest you refund, i suggest you fix, i suggest you sort]
          - name: billing-money-back
            category: billing
            weight: 3
            keywords: [退款, 退钱, 没退, 未退, 退不了, 多收, 多扣, 乱扣, 重复扣, 扣了两次, 乱收费, 退费, 退押金, 押金, 退款, 多收,
              refund, refunded, overcharged, overcharge, double charged, charged twice, invoiced, money back, deposit]
          - name: billing-amount
            category: billing
            weight: 1
            # A sum of money ("80元", "£30"): a weak vote, since prices come up in every kind of complaint.
            keywords: [元, 块钱, 人民币, '£', '$', '€', '¥', rmb, usd, hkd, sgd, quid, bucks]
          - name: billing
            category: billing
            weight: 2
            keywords: [扣费, 扣款, 扣钱, 收费, 费用, 账单, 话费, 流量费, 月租, 套餐费, 年费, 会员费, 保证金, 发票, 价格, 价钱, 差价, 优惠券, 返现, 余额, 充值, 到账, 自动续费, 续费,
              扣除, 多付, 付款, 支付, 预付, 盗刷, 被刷, 境外消费, 消费记录, 结账, 多出一项, 缴费, 金额, 利息, 手续费, 违约金, 滞纳金, 服务费, 收了我, 被收了, 多算, 计费, 赔偿款, 钱没, 跑路, 加价, 扣費, 帳單, 收費, 費用, 年費, charged,
              charge, charging my, my card, billed, billing, bill, invoice, fee, hidden fee, surcharge, payment, paid, price,
              pricing, subscription, renewal, auto-renew, interest, penalty, credit card, debit, deducted, deduction,
              balance, cashback, voucher, coupon, reimburse, reimbursement, compensation, tariff, quote, quoted, receipt,
              statement,
              扣我, 业务费, 增值业务, 水费, 电费, 燃气费, 物业费, 暖气费, 翻倍, 涨到, 水表, 电表, 课时费, 学费, 退剩余, 扣了, rate, water bill, meter, bill says,
              加收, debited, reversal, 定金, 尾款]
            except: [收费站, free of charge, in charge, charger, charging cable, charging port, doesn't charge, does not charge, won't
              charge, not charging, battery charge, payment machine, direct debit is about]
          - name: facility
            category: facility
            weight: 3
            keywords: [设施, 设备, 电梯, 扶梯, 卫生间, 厕所, 洗手间, 停车场, 停车位, 车位, 道闸, 栏杆, 空调, 暖气, 热水, 淋浴, 水龙头, 马桶, 下水道,
              漏雨, 渗水, 照明, 路灯, 门禁, 门锁, 更衣柜, 储物柜, 座椅, 座位, 桌椅, 无线网, wifi, wi-fi, 网速, 信号差, 没信号, 取款机, ATM, 自助机,
              机器, 充电桩, 无障碍, 轮椅, 母婴室, 泳池, 健身房, 跑步机, 器材, 闸机, 缴费机, 人工窗口, 暂停服务, 候车室, 候机厅, 站台, 楼道, 隔音, 窗户, 窗戶,
              電梯, 廁所, 洗手間, 停車場, 空調, 設施, 設備, 房間, 隔音,
              facility, elevator, lift, escalator, toilet, restroom, bathroom, washroom, parking, car park, garage, parking lot,
              air conditioning, air con, aircon, heating, heater, hot water, shower, sauna, tap, drain, leak in the ceiling,
              lights, lighting, door lock, locker, seats, seating, chair, wi-fi, wifi, internet in the room, atm, cash machine,
              payment machine, ticket machine, vending machine, kiosk, laundry, room safe, charging station,
              wheelchair, accessible, accessibility, ramp, baby changing, pool, gym, treadmill, projector, lobby, waiting room,
              platform, corridor, stairwell, bed bugs, bedbugs, pest, rats, mice,
              投影仪, 教室, 报修,
              generator, is dark, skimmer, card slot, 叫号机, 排队机, ev charger, charging point]
            except: [空调扇坏了, 座位号, seat number, lift me, lift it,
              机器人]
          - name: facility-condition
            category: facility
            weight: 1
            keywords: [卫生, 脏, 太脏, 脏乱差, 蚊子, 房间, 客房, 大堂, 垃圾, 保洁, 小区, 装修, 噪音, 施工, 灯坏了, 堵了,
              dirty, filthy, disgusting, unclean, smelly, stinks, noise, construction, room, equipment, rubbish, garbage,
              cleaning, cleanliness, blocked,
              物业]
            except: [room for improvement, no room]
          - name: product_quality
            category: product_quality
            weight: 2
            keywords: [质量, 品质, 不能用, 用不了, 无法使用, 不工作, 死机, 黑屏, 开不了机, 没声音, 漏水, 掉色, 褪色, 开线, 开胶, 起球, 裂了, 裂开,
              断了, 瑕疵, 假货, 假的, 山寨, 仿冒, 正品, 过期, 变质, 发霉, 霉变, 馊了, 臭了, 不新鲜, 货不对板, 与描述不符, 和描述不一样, 和图片不一样,
              色差, 尺码不对, 尺码, 做工, 次品, 残次, 劣质, 缩水, 二手, 翻新, 噪音大, 耗电快, 发烫, 充不进电, 续航, 卡顿, 生锈, 质保, 保修, 返修,
              换货, 换一个, 换一台, 三包, 不合格, 口感差, 难吃, 分量少, 不熟, 不制冷, 不制热, 不保温, 不保溫, 涂层, 掉漆, 轮子, 脱落, 才用, 宣传的,
              与宣传不符, 跟宣传, 退一赔三, 胀包, 酸臭, 保质期, 变味, 模糊, 缺页, 重影, 印刷, 结块, 受潮, 怪味, 塑料味, 宣传图,
              斷了, 輪子, 拉杆, 拉桿, 卡住,
              質量, 假貨, 過期, 宣傳,
              defective, defect, faulty, stopped working, doesn't work, does not work, not working, won't turn on, dead on
              arrival, died after, malfunction, malfunctioning, cracked, torn, ripped, leaking, leaks, fake, counterfeit,
              knockoff, expired, spoiled, rotten, stale, sour, best-before, best before, use-by, mouldy, moldy, not as described,
              different from the picture, wrong size, poor quality, low quality, cheap quality, shoddy, flimsy, fell apart,
              falls apart, fell out, peeling, faded, warranty, replacement, refurbished, used item, second-hand, scratched,
              scratches, dented, undercooked, raw, cold food, tasteless, tastes bad, smells bad, battery, screen, overheats,
              noisy, rusty, quality, waterproof, working charger, doesn't charge, does not charge, failed, failure,
              technician, syncing, strap, clasp, knock-off, stopped charging, casing, poor for the price, display, green line,
              dead pixel, handset, physical damage,
              仿的, 鞋标, 胶水味, 夹生, 肥膘, 不值, rusting, rust, misleading, mislabelled, not certified, listed as, doesn't fit, does not fit, flaking, coating, snapped, reheated, icy in the middle, frozen, motor, gives up,
              不符, 严重不符, 详情页, 号称, 以实物为准, 碎毛, 误差, 不准, 测不准, 发黄, 铁锈味, 滤芯, tasted like, doughy, soggy, cardboard, different shade, doesn't match, does not match,
              掉毛, 刷头, 发酸, 隔夜, 酸味, 翻新机, 磨损, 未拆封, 塌, 塌陷, 坐垫, 不转了, sagged, sagging]
            except: [质量好, 质量不错, 积分过期, 积分什么时候过期, 优惠券过期, 会员过期, 会员到期]
          - name: product-strong
            category: product_quality
            weight: 3
            keywords: [过期, 变质, 发霉, 霉变, 假货, 仿冒, 质量问题, 質量問題, 過期, 假貨, expired, counterfeit, fake, mouldy, moldy, rotten,
              defective]
            except: [积分过期, 积分什么时候过期, 优惠券过期, 会员过期, 会员到期, 卡过期, 证件过期, 护照过期, card expired, expired card, passport expired]
          - name: product_breakage
            category: product_quality
            weight: 1
            keywords: [坏了, 损坏, 破损, 故障, 失灵, 维修, 掉了, 壞了, 損壞, 故障, broken, broke, repair, stopped]
            except: [维修工, 维修师傅, 摔坏]
          - name: logistics
            category: logistics
            weight: 2
            keywords: [快递, 物流, 配送, 送货, 发货, 到货, 收货, 派送, 派件, 签收, 代签, 冒领, 丢件, 丢失, 包裹, 运单, 单号, 快递员, 骑手, 外卖员,
              外卖小哥, 送餐, 送达, 送到, 才到, 没送到, 未送达, 送错, 地址, 延误, 延迟, 迟到, 超时, 几天了还没, 还没到, 还没收到, 没收到, 物流信息,
              不更新, 中转, 驿站, 快递柜, 丰巢, 顺丰, 中通, 圆通, 韵达, 申通, 京东物流, 邮政, 运费, 退货物流, 上门取件, 揽收, 压坏, 摔坏, 搬家, 搬家公司,
              行李丢, 托运, 運送, 快遞, 物流, 送貨, 延誤, 送到, 才到,
              delivery, delivered, deliver, not delivered, never arrived, hasn't arrived, has not arrived, didn't arrive, did
              not arrive, still waiting, parcel, package, shipment, shipping, shipped, courier, tracking, tracking number,
              dispatch, dispatched, late, delayed, delay, lost, missing, wrong address, left at, doorstep, porch, signed for,
              driver left, tossed, thrown over, threw my, over the fence, collection, pickup, pick-up, pick up, in transit,
              warehouse, damaged in transit, crushed box, box was crushed, ups, fedex, dhl, usps, royal mail, evri, hermes, dpd,
              amazon logistics, rider, removal company, movers, luggage, baggage, suitcase, carousel,
              压扁, 碎了, 碎成, 寄给, 寄的, 外箱, 冷链, 运输, 晚到, arrived, squashed,
              次日达, 当日达, 没发货, 还没发, came off the]
            except: [快递柜很好, 航班延误, 航班延迟, 航班连续延误, 飞机延误, 航班取消, 延误险, late fee, late payment, late checkout, delayed
              flight, flight delay, flight was delayed, flight delayed, flight has been delayed, lost my patience]
          - name: service_attitude
            category: service_attitude
            weight: 3
            keywords: [态度, 服务态度, 态度差, 态度恶劣, 态度极差, 骂人, 骂我, 辱骂, 吼, 大吼, 凶, 不耐烦, 爱理不理, 不理人, 不理睬, 敷衍, 推诿, 踢皮球,
              推卸, 冷漠, 挂电话, 挂断, 挂我电话, 甩脸色, 白眼, 嘲笑, 讽刺, 阴阳怪气, 嘲讽, 没礼貌, 不礼貌, 傲慢, 刁难, 威胁我, 恐吓, 歧视, 翻白眼, 推了我,
              推我, 不道歉, 道歉, 不管不顾, 没人理, 不作为,
              服務態度, 態度, 罵人, 不耐煩, 敷衍,
              rude, rudely, rudeness, impolite, disrespectful, unprofessional, attitude, arrogant, condescending, dismissive,
              ignored, ignoring, ignore me, yelled, shouted, screamed, swore at, insulted, insulting, mocked, laughed at, hung up,
              hanging up, hang up, unhelpful, unfriendly, impatient, hurry up, sarcastic, patronising, patronizing,
              discriminated, discrimination, harassed, harassment, threatened me, no apology, refused to help, couldn't care
              less, apologise, apologize, on hold, sighed, line went dead, cut me off, people like you, can't be bothered,
              couldn't be bothered, laughed, 嗓门, 大声, 道个歉,
              添乱, 甩, unpolite, apology, told her to, told him to,
              爱答不理, 两副面孔, 说话难听, 太难听, 难听, stop whining, trainer, throw us out, kicked us out, threatened to throw,
              态度太差, 怼, 有本事你投诉, scolded, vulgarities, zero respect, one-word answers, closes the ticket, accused me, grump]
            except: [客服电话, 客服热线, customer service number, staff room]
          - name: service_abuse
            category: service_attitude
            weight: 5
            keywords: [骂人, 骂我, 辱骂, 推了我, 推我, 动手, 打人, 嘲讽, 羞辱, 罵人, 辱罵, swore at, insulted, insulting, yelled at me, shouted at me, scolded me,
              shouted abuse, called us names, called me names, 就骂, 开口就骂, 张口就骂, 破口大骂,
              screamed at me, pushed me, shoved me, assaulted, abusive, humiliated,
              大呼小叫, 呵斥, 训斥, 冷嘲热讽, 骂骂咧咧, 事儿真多, 往地上一扔, called me stupid, called me a, called me an, laughing at me, laughing at,
              爱要不要, 爱吃不吃, 扭头就走]
          - name: service_people
            category: service_attitude
            weight: 1
            keywords: [客服, 服务员, 店员, 工作人员, 前台, 司机, 师傅, 经理, 店长, 保安, 销售, 柜员, 导购, 客服,
              staff, employee, agent, representative, customer service, manager, cashier, waiter, waitress, receptionist, guard,
              call centre, call center, the lady, the guy at, the man at, the woman at, customer care, executive, teller, tutor,
              teacher]
          - name: other
            category: other
            weight: 3
            keywords: [航班, 机票, 值机, 登机, 改签, 退票, 账号, 账户, 登录, 登不上, 密码, 验证码, 封号, 冻结, 注销, 闪退, 积分, 证明,
              account, login, log in, password, locked out, verification code, app keeps, crashes, crashed, flight, boarding,
              rebooked, rebooking, loyalty points, name change, policy on, logs me out, logged out, sign in, tick box, wiped,
              coursework, certificate, contract ends, only asking,
              公众号, 绑定, 户号, 无法绑定, booking, reservation,
              条款, 单方面, 修改条款]
          - name: other-weak
            category: other
            weight: 1
            keywords: [app, 系统, 网站, 页面, 打不开, 报错, 取消, 会员, 规定, 政策, 咨询, 请问, 怎么办, 预约, 排队, 营业时间, 去哪里, 怎么开,
              website, site, page, error message, cancelled, canceled, membership, policy, terms, question, inquiry, enquiry, how
              do i, appointment, queue, opening hours, is my, can you tell me,
              提示, 官网, 入口, 找不到]
        fallback_category: other

        # Where the category rules are not sure (no vote, or the winner leads the next by fewer than `rules_margin` votes), a
        # model learned from labelled complaints decides: naive Bayes over Chinese characters and character pairs and
        # English words and word pairs. `embedded` is the model shipped in config/triage-model.tsv, learned from the labelled
        # sets in Tests/Fixtures; `intake triage train FILES --output PATH` learns one from your own labelled complaints.
        # Leave the key out to classify by the rules alone.
        model: { file: embedded, rules_margin: 2 }

        # Urgent triggers: the customer threatens or announces exposure, legal action, a regulator or the police, or
        # someone has been hurt. A trigger does not count when a negation comes before it in the same clause ("我不想曝光",
        # "not going to call a lawyer"), when it is in quotation marks, or when it follows a reported-speech cue in the same
        # sentence ("新闻里说你们被起诉了"); a reset (the customer speaking for themselves again, a contrast) ends both.
        urgent:
          - name: media
            reason: media
            keywords: [曝光, 媒体, 记者, 报社, 电视台, 新闻热线, 上新闻, 上电视, 找电视台, 发微博, 微博上曝光, 上微博, 发到微博, 发抖音, 发到抖音,
              抖音上, 发小红书, 小红书上, 发朋友圈, 发到网上, 发网上, 网上曝光, 上热搜, 热搜, 让大家都知道, 让所有人都知道, 让更多人知道, 公之于众,
              黑猫投诉, 发帖, 发到群里, 舆论, 揭露, 直播曝光,
              曝光, 媒體, 記者, 電視台, 發微博, 上新聞, 發到網上, 臉書, 爆料,
              the press, the media, media outlets, journalist, journalists, reporter, reporters, newspaper, newspapers, news
              station, tv station, television station, call the local news, tell the local news, going to the local news, to the local news, going to the press, go to the news, contact the news, go public, going public,
              expose you, expose this, exposing you, post this on, post it on, posting this on, posting it on, post about this,
              posting about this, tweet about, tweeting about, post this online, post it online, put this online, put it online,
              viral, go viral, photos are on, on x now, tagged the, consumer programme, watchdog, the bbc, social media, twitter, tiktok, facebook, instagram, reddit, youtube, trustpilot, one-star review,
              1-star review, review everywhere, reviews everywhere, tell everyone, warn everyone, let everyone know,
              视频里, 做视频, 发视频, 写进, 晚报, 日报, 报纸, 晨报, 都市报, the herald, herald, gazette, tribune, chronicle, tripadvisor, go up tonight, goes up tonight, going up tonight, goes up on, followers, thread goes up,
              晒到, 晒出来, 晒到网上, 晒到微博, review thread, so nobody else falls, warn others, so others know, public thread, go up in a,
              爆料热线, 本地新闻, 发给本地新闻, 记者来采访, 采访, sent it to the local, going to the local,
              the guardian, consumer column, screenshots to the, local paper, give them the story, news outlet, local news outlet, evening standard, sent photos to, sent it to the, sent them to the, daily mail, the telegraph, the times, the mirror, 维权博主, 发给博主, 找博主]
            except: [媒体播放器, 多媒体, 流媒体, 媒体中心, 新媒体, 在报社工作, 在报社上班, 在电视台工作, 在电视台上班, 媒体室, media room, social
              media marketing, run social media, social media for, court reporter, 自媒体运营, 媒体部, 社交媒体账号, 记者证, 热搜榜单, 发帖子问, social media manager,
              social media team, social media account, media player, media center, media centre, facebook login, facebook
              account, instagram account, tiktok account, twitter account, youtube premium, youtube video won't, press the
              button, pressed the button, press release,
              被曝光, 被记者曝光, 被媒体曝光, 曝光过, 曝光过度, 曝光不足, 曝光补偿, 曝光时间, 媒体报道, 新闻报道,
              看到小红书上, 在小红书上看到, 小红书上有人说, great press,
              press coverage, press office, 媒体价, 媒体合作]
          - name: legal
            reason: legal
            keywords: [起诉, 诉讼, 告你们, 告到法院, 上法院, 法院见, 打官司, 律师函, 找律师, 请律师, 请了律师, 官司, 联系律师, 咨询律师, 委托律师, 我的律师, 律师会,
              律师已经, 法律途径, 法律手段, 追究法律责任, 追究责任, 仲裁, 劳动仲裁, 立案, 维权到底, 法律程序, 小额诉讼,
              起訴, 律師, 律師信, 上法院, 打官司, 法律途徑, 追究法律責任, 仲裁,
              sue, sue you, suing, lawsuit, law suit, legal action, take legal, court, see you in court, small claims, my lawyer,
              my lawyers, a lawyer, an attorney, my attorney, my solicitor, a solicitor, solicitors, legal proceedings, class
              action, litigation, legal advice, legal notice, my advocate, an advocate, arbitration, file a claim, filing a claim, letter before action, cease and
              desist,
              律师, 交给律师, 法庭, 法庭上见, the judge, a judge, judge thinks, tribunal, filing in the small claims, small claims court,
              ncat, vcat, qcat, taking them to, application lodged, 请了律师,
              solicitor, pursuing a claim, instructed a solicitor]
            except_patterns: ['法院(家属院|对面|旁边|附近|正?后面|楼下|路|街|站)', 'court (road|rd|lane|street|st|avenue|ave|drive|close|way)',
              '(tennis|basketball|netball|badminton|squash|volleyball|food) courts?']
            except: [法院路, 法院街, 法院站, 法院附近, 法院旁, 法院对面, food court, court shoes, tennis court, basketball court, court
              street, court road, i am a lawyer, i'm a lawyer, as a lawyer, lawyer by training, a lawyer friend, the lawyer in,
              our lawyer ordered, law firm ordered, legal team, court reporter, 法律系, 法律专业, 律师事务所的快递, 律师楼下,
              在法院工作, 在法院上班,
              律师事务所, 律所, 律师楼, 律师行, 被起诉, 被告上,
              name is sue, i'm sue, sue here, court hearing, jury duty, as a witness,
              做律师的, 律师的我, for sue, asked for sue, on the court, courtside, magistrates court on,
              court bundle, sue at your, sue from, county court all, on jury service, jury service, solicitor's office]
          - name: regulator
            reason: regulator
            keywords: ["12315", "12345", "12300", "12305", "12326", "12331", "12358", "12365", "12366", "12378", "12360", 消协, 消费者协会, 消保委, 市场监管,
              市场监督管理局, 监管部门, 监管局, 工商局, 工商部门, 工商, 银保监, 金融监管, 银监会, 保监会, 证监会, 人民银行, 民航局, 交通局, 运管,
              工信部, 通信管理局, 邮政管理局, 邮政局申诉, 物价局, 发改委, 质监局, 卫健委, 卫生局, 食药监, 药监局, 住建局, 房管局, 城管, 政府热线,
              市长热线, 信访, 上访, 投诉到上级, 主管部门, 有关部门, 相关部门, 文旅局, 旅游局, 教育局, 税务局,
              消委會, 消費者委員會, 市場監管, 消保官, 金管會, 公平會, 消基會,
              bbb, better business bureau, ftc, federal trade commission, cfpb, consumer financial protection, fcc, ofcom,
              ofgem, ofwat, fca, financial conduct authority, ombudsman, financial ombudsman, trading standards, attorney
              general, consumer protection, consumer affairs, consumer council, consumer association, regulator, regulators,
              regulatory, consumer court, consumer commission, consumer forum, filed a complaint with, lodged a complaint
              with, lodged a case, complaint with the, sfa, food agency, food safety authority, environmental health, health department, health inspector, department of transportation, dot complaint, faa, caa, civil aviation, asa, advertising standards,
              accc, cma, state commission, public utilities commission, puc, data protection, ico, gdpr complaint, case
              commission, the authorities, local council, councillor, congressman, my mp, member of parliament,
              filing with the]
            except: [工商银行, 工商局路, 工商大学, 工商管理, 有关部门的通知, 相关部门的领导, 城管局旁边, ombudsman website, authority to leave,
              authorised, authorized, authority letter]
          - name: police
            reason: police
            keywords: [报警, 报案, 打110, 拨110, 拨打110, 打了110, 警察, 派出所, 公安, 民警, 交警, 立案侦查, 刑事, 诈骗, 報警, 警察, 派出所,
              call the police, called the police, calling the police, contact the police, contacted the police, report you to
              the police, report this to the police, reported it to the police, reported this to the police, go to the police,
              went to the police, involve the police, get the police involved, police are involved, police were called, the
              police came, police came, officers came, rang the police, phoned the police, police have been, the police have,
              informed the police, told the police, police officers, filed a police report, file a police report, made a police
              report, police report number, the cops, call 911, called 911, calling 911, rang 911, phoned 911, dial 999, called
              999, call 999, rang 999, phoned 999, fraud report, criminal complaint, crime reference,
              filing a police report, filing a report with the police,
              the police are with me, police are with, rung the police, non-emergency line]
            except_patterns: ['(公安局|派出所|警察局)(家属院|对面|旁边|附近|正?后面|楼下|路|街|站)',
              '派出所(隔壁|边上)']
            except: [警察叔叔玩具, 玩具警车, 警察制服, 派出所对面, 派出所旁边, 派出所附近, 派出所楼下, 在派出所工作, police brand, police uniform, police costume, police scanner, police car toy, police station road, cops
              and robbers, police academy, 911 turbo, crime novel, crime book, true crime,
              报警器, 报警灯, 报警声, 火灾报警, 报警系统, 报警按钮,
              便民警务, 从派出所, 在派出所上班, 派出所值班, 值完班,
              警察同志, 执勤的警察, 派出所隔壁,
              派出所说, 派出所开, 无犯罪记录]
          - name: safety
            reason: safety
            keywords: [受伤, 受了伤, 烫伤, 烧伤, 骨折, 流血, 出血, 缝针, 住院, 急诊, 送医, 送到医院, 去了医院, 进了医院, 医院检查, 打120, 打了120, 120急救,
              救护车, 划破, 食物中毒, 中毒, 上吐下泻, 抢救, 昏迷, 晕倒, 窒息, 噎住, 卡住喉咙, 触电, 电到, 起火, 着火, 失火, 火灾, 爆炸, 炸了, 烧起来,
              砸伤, 摔伤, 划伤, 割伤, 咬伤, 过敏反应, 休克, 差点撞死, 差点出车祸, 出了车祸, 车祸, 撞倒, 撞伤, 烫到, 命悬一线,
              受傷, 燙傷, 住院, 食物中毒, 觸電, 起火, 爆炸, 救護車, 急診,
              injured, injury, injuries, hurt, wounded, bleeding, stitches, fractured, broke my, broken arm, broken leg, burned
              my, burnt my, burns on, scalded, hospital, hospitalised, hospitalized, a&e, er visit, emergency room, urgent care,
              ambulance, food poisoning, poisoned, allergic reaction, anaphylaxis, epipen, passed out, fainted, unconscious,
              choked, choking, burned her, burned his, burnt her, burnt his, got burned, a burn, nasty burn, needed
              treatment, medical treatment, electric shock, electrocuted, got shocked, caught fire, on fire, burst into flames, exploded,
              explosion, crashed into, hit by, knocked down, could have been killed, nearly killed, almost killed, nearly died,
              almost died,
              打了119, 打119, 拨打119, 被电, 电了一下, 头晕恶心, reversed into, gash, fire brigade, getting everyone out,
              还在医院, 仍在医院, 正在医院, 在医院抢救, 在医院治疗, 在医院输液, 输液, 住进医院, 送进医院,
              gas cylinder, smelling gas, leaking right now, got dizzy, threw up, fire department, evacuate, 困在, 被困, 出不来, send somebody immediately, 滑倒了, 摔倒了, 摔了一跤, 起不来, hives, throat swelled,
              一股煤气味, 煤气味很, 煤气味特别, 有煤气味, 燃气味, smell of gas, smells of gas, gas leak, 还在车上, 很害怕, 吓坏了, i'm scared, terrified, bruised, cracked my, fracture, broken wrist]
            except: [hurt my feelings, 伤心, 受伤的心, hospital parking, hospital billing, hospital bill, hospital car park, 医院停车场,
              医院缴费, 医院账单, fire tv, fire stick, fire tablet, fired, on fire sale, 火爆, 炸鸡, 爆炸头, 油炸, 火锅, firewall,
              要着火, 都要着火, 嘴巴着火,
              choking hazard, 真的中毒, 彻底中毒, 辣到爆炸, 到爆炸, spicy it almost killed, almost killed me haha, 笑容电到, 被帅]

        cues:
          # Characters a negation reaches forward.
          negation_reach: 32
          negations: [不会, 不想, 不打算, 没打算, 没有打算, 并不打算, 不准备, 没准备, 不是要, 并不想, 不至于, 不用, 不需要, 不必, 无需, 没必要, 不愿,
            不愿意, 不希望, 暂时不, 暂不, 也不会, 绝不会, 没想过, 没想, 不要去, 不去, 没去, 没有去, 别担心, 没人, 没有人, 没有, 并没有, 并未, 未, 幸好没,
            幸亏没, 好在没, 还好没, 不是想, 不想去, 万一, 一旦, 要真, 真要, 以免, 免得, 迟早, 早晚会, 很容易, 容易, 可能会, 如果, 我是, 作为, 不會, 不想, 不打算, 沒有, 沒打算, 不用, 不需要,
            not, not going to, not gonna, never, no need to, no need for, don't want to, do not want to, don't intend to, do not
            intend to, no intention, no wish to, won't, will not, wouldn't, would not, didn't, did not, don't, do not, not planning,
            not trying to, not threatening, no one, nobody, no-one, luckily no, thankfully no, fortunately no, without, rather not,
            not about to, no plans to, have no plans, haven't, have not, hasn't, has not, wasn't, was not, isn't, nor, not after,
            not looking to, rather than, instead of, before someone, before anyone, someone could, could, might, in case, if, as
            a, as an, i'm a, i am a, i'm an, i am an, i work at, i work for, i work in, i run,
            懒得, 不屑, 犯不着, 不值得, thought about, i considered, was tempted to, almost, before somebody, somebody could, someone is going to, somebody is going to,
            不是, 本身就是]
          reported: [新闻, 报道, 听说, 据说, 看到有人, 网上说, 网上看到, 朋友说, 邻居说, 同事说, 别人说, 有人说, 看到一篇, 文章, 标题, 电视上, 新闻里,
            热搜上看到, 看到热搜, 听朋友, 听同事, 我姐说, 我妈说, 朋友告诉我, 听我朋友, 听我同事, 以前有, 之前有人, 去年有, 新聞, 報導, 聽說, 據說,
            news, headline, headlines, article, an article, reported that, i read, i heard, i saw on, saw on the news, heard that,
            said that, says that, told me that, told me she, told me he, my friend said,
            my friend says, my friend told me, a friend told me, my neighbour said, my neighbor said, my colleague said, my
            sister says, my sister said, my cousin told me, told me, my brother said, my mum said, my mom said, my wife said, my husband said, i read on,
            read on a, tv report, a report, saying, forum, according to, apparently, rumour, rumor, there was a story, last year, years ago, in the past, once had,
            她说, 他说, 阿姨说, 们说, 转发说, 看到媒体, 看到报道, 看到新闻, saw a, people said, reckons, a friend who, friend who works, said someone, someone had, someone else, had already threatened, read in the paper, in the paper,
            病人说, 客人说, 其他人说, 旁人说, 路人说, said they'd, said they would, someone on,
            说要, 气得说, 扬言, 姐说, 哥说, 说她家, 说他家, 听前台, 前台说, 有客人, 已经有人, read on, saw on,
            my brother says, brother says, sister says, friend says, neighbour says, neighbor says, wife says, husband says, mum says, dad says, 保安说, 客服说, 店员说, 师傅说, 经理说, 工作人员说, a friend took, my friend took, my neighbour had, my neighbor had, my friend had, had to report, said she, said he, says she, says he]
          resets: [我就, 我要, 我会, 我将, 我一定, 我报, 我打了, 我发了, 我找了, 我去了, 我们就, 我们要, 我们会, 我也要, 我也会, 我已经, 我已, 我们已经, 我马上, 马上, 立刻, 但是, 但, 可是,
            不过, 否则, 不然, 要不然, 要是, 再不, 只能, 只好, 就去, 就要, 就会, 就起诉, 就报警, 就曝光, 就投诉, 就找, 我就會, 我要, 我會, 否則, 但是,
            i will, i'll, we will, we'll, i am going to, i'm going to, im going to, we are going to, we're going to, i'm speaking to, i am speaking to, i'm talking to, i'm contacting, i am contacting, i'm
            calling, i'm reporting, i have
            already, i've already, i already, we have already, we've already, i shall, i must, i'm now, i am now, then i, but,
            however, otherwise, or else, unless, if, until, so i, so we, so now, now i, i filed, i've filed, i have filed, i lodged, i've lodged, i have lodged, i made, i've made, i posted, i've
            posted, i have posted, i wrote to, i've written, i have written, i rang, i phoned, i contacted, i have contacted, i've contacted, i have
            reported, i've reported, i reported, i called, i have called, i've called,
            已经,
            hesitate, make me, force me, forcing me, or i will, or i'll, or else i, 逼我, 别逼我, 否则我, 不然我,
            i'm filing, i am filing, i'll be filing, 我直接,
            我说,
            customer says, caller says, customer states, caller states, customer has, 来电人称, 客户称, 客户表示, 来电人表示]

        # Severity: 1 is the most severe. A severity set by the door wins. Raises never go above `most_severe`.
        severity:
          urgent: 1
          categories:
            safety: 2
            billing: 3
            product_quality: 3
            logistics: 3
            service_attitude: 3
            facility: 3
            suggestion: 4
            other: 4
          fallback: 3
          # A complaint with at least `after` earlier linked complaints of the same customer within the linking window.
          repeat: { after: 2, raise_by: 1, most_severe: 2 }
          # Customers whose complaints are raised, by contact key (phone:+86…, email:…, customer:…). Personal data: keep
          # the list in a file readable only by the gateway and name it with `contacts_file`.
          vip: { contacts: [], raise_by: 1, most_severe: 2 }

        # Deadlines per level from the moment intake received the complaint. `business_hours: true` on a level counts only
        # the opening hours of `calendar` (holidays skipped, make-up working days counted).
        sla:
          levels:
            1: { respond: 2h, resolve: 24h }
            2: { respond: 4h, resolve: 48h }
            3: { respond: 8h, resolve: 72h }
            4: { respond: 24h }
          calendar:
            time_zone: Asia/Shanghai
            days: [mon, tue, wed, thu, fri]
            open: "09:00"
            close: "18:00"
            holidays: []
            workdays: []

        # One customer across channels: complaints sharing an identifier (E.164 phone, e-mail, platform handle, customer
        # id) within `window` are linked into one thread. `ignore` lists identifiers never linked on (a switchboard number,
        # a shared no-reply address), by contact key.
        linking:
          window: 30d
          max_earlier: 20
          ignore: []
        """#

    /// The category model the default rules name (`model: { file: embedded }`), as shipped in
    /// `config/triage-model.tsv`.
    static let modelText = #"""
        # intake category model: naive Bayes over characters, character pairs, words and word pairs
        categories	service_attitude=136,product_quality=138,logistics=135,billing=137,safety=136,facility=138,suggestion=133,other=136
        '	4,0,1,1,0,0,0,0
        ' i	1,0,1,0,0,0,0,0
        'account	0,0,0,3,0,0,0,0
        'account maintenance	0,0,0,2,0,0,0,0
        'admin	0,0,0,2,0,0,0,0
        'come	2,0,0,0,0,0,0,0
        'come back	2,0,0,0,0,0,0,0
        'customer	0,0,2,0,0,0,0,0
        'customer not	0,0,2,0,0,0,0,0
        'delivered	0,0,2,0,0,0,0,0
        'delivered to	0,0,2,0,0,0,0,0
        'fire	0,0,0,0,3,0,1,1
        'for	1,0,0,0,0,2,0,0
        'for maintenance'	0,0,0,0,0,2,0,0
        'genuine	0,3,0,0,0,0,0,0
        'genuine leather'	0,3,0,0,0,0,0,0
        'go	1,1,1,0,0,1,0,0
        'go ahead	0,0,1,0,0,1,0,0
        'hurry	2,0,0,0,0,0,0,0
        'in	0,0,3,0,0,0,0,1
        'in transit'	0,0,2,0,0,0,0,0
        'legal	0,0,0,0,0,0,2,0
        'lifetime	0,1,0,0,0,0,0,1
        'media	0,0,0,1,0,1,0,0
        'no	0,0,0,2,1,0,0,0
        'not	3,0,0,0,0,0,0,0
        'not my	3,0,0,0,0,0,0,0
        'nut	0,0,0,0,2,0,0,0
        'out	0,0,5,0,0,2,0,0
        'out for	0,0,5,0,0,0,0,0
        'out of	0,0,0,0,0,2,0,0
        'people	1,0,0,2,0,1,0,0
        'press	0,0,0,0,0,1,1,0
        'read	2,0,0,0,0,0,0,0
        'read the	2,0,0,0,0,0,0,0
        'stainless	0,2,0,0,0,0,0,0
        'stainless steel'	0,2,0,0,0,0,0,0
        'stop	2,0,0,0,0,0,0,0
        'stop whining'	2,0,0,0,0,0,0,0
        'temporarily	0,0,0,0,0,4,0,0
        'temporarily out	0,0,0,0,0,3,0,0
        'waterproof'	0,2,0,0,0,0,0,0
        a	35,40,30,37,39,36,45,31
        a bad	0,0,0,0,0,1,2,0
        a bin	0,0,1,0,1,0,0,0
        a bit	0,0,0,0,1,0,1,0
        a cafe	0,0,1,0,0,1,0,0
        a callback	1,0,0,0,0,0,1,0
        a case	0,1,1,1,0,0,0,0
        a claim	0,0,0,1,0,1,0,0
        a cluster	0,2,0,0,0,0,0,0
        a complaint	5,2,5,7,0,5,6,6
        a completely	0,1,1,0,0,0,0,0
        a copy	0,0,0,1,1,0,0,0
        a court	2,0,1,0,0,1,0,1
        a cracked	0,2,0,0,0,0,0,0
        a crime	1,1,1,0,0,1,0,0
        a current	0,0,0,1,0,1,0,0
        a customer	0,1,0,0,0,0,0,1
        a dead	1,1,0,0,0,0,0,0
        a delivery	0,0,0,0,0,0,2,0
        a demand	0,2,0,0,0,0,0,0
        a faulty	0,1,0,0,1,0,0,0
        a few	0,0,0,0,0,0,2,0
        a fire	0,1,0,0,1,0,1,0
        a formal	1,0,1,0,0,2,0,0
        a friend	0,0,0,3,1,0,1,0
        a full	0,3,0,0,0,0,0,0
        a fuss	1,0,0,0,0,1,0,0
        a gash	0,0,1,0,1,0,0,0
        a joke	1,1,0,0,0,0,0,0
        a journalist	0,1,0,0,0,0,0,2
        a kettle	0,2,0,0,0,0,0,0
        a lawyer	3,1,2,2,0,2,0,1
        a legal	0,0,0,1,0,0,0,1
        a letter	1,0,0,1,0,0,0,2
        a local	0,0,1,0,1,2,0,0
        a lot	0,1,0,0,0,0,2,3
        a man	0,0,0,0,2,0,0,0
        a month	0,5,0,1,0,4,1,0
        a monthly	0,0,0,0,0,0,2,0
        a new	0,0,0,0,0,1,0,2
        a newborn	0,0,0,0,0,2,0,0
        a news	0,1,0,0,1,0,0,1
        a night	0,0,0,2,0,0,0,0
        a non	0,1,0,0,0,0,1,0
        a pair	0,2,0,0,0,0,0,0
        a paralegal	0,1,0,1,0,1,0,0
        a password	0,0,0,0,0,0,0,2
        a phone	0,1,1,1,0,0,1,0
        a piece	0,0,0,0,1,0,1,0
        a police	1,0,2,0,0,0,1,1
        a proper	1,1,0,0,0,0,0,0
        a quiet	0,0,0,0,0,0,2,0
        a recall	0,0,0,0,2,0,0,0
        a red	0,0,0,0,2,0,0,0
        a reporter	0,1,0,0,1,0,0,0
        a row	0,0,2,0,0,0,0,0
        a shard	0,0,0,0,2,0,0,0
        a simple	1,0,0,0,0,0,1,0
        a single	0,0,0,1,0,1,0,0
        a small	0,2,1,0,1,0,1,0
        a sofa	0,0,2,0,0,0,0,0
        a solicitor	3,0,0,1,0,0,0,0
        a stranger	0,0,1,0,0,0,0,1
        a text	0,0,0,0,0,0,2,0
        a toddler	0,0,0,0,2,0,0,0
        a vegetarian	0,0,0,0,0,0,2,0
        a way	0,0,0,0,0,0,1,2
        a week	0,2,0,1,0,1,1,0
        a wheelchair	0,0,0,0,0,4,0,0
        a word	1,0,0,1,1,0,0,0
        a written	2,0,0,0,0,0,0,0
        a youtube	0,2,0,0,0,1,0,0
        about	10,3,5,3,1,8,6,5
        about him	2,0,0,0,0,0,0,0
        about it	0,0,2,0,0,0,1,0
        about my	3,0,0,0,0,0,0,0
        about the	1,0,0,2,0,5,1,0
        about this	0,1,1,0,0,0,1,0
        about to	0,1,0,0,0,0,1,1
        about your	0,1,1,1,0,2,0,2
        above	0,0,1,0,0,1,0,0
        ac	1,0,0,0,0,2,0,0
        ac is	0,0,0,0,0,2,0,0
        accent	4,0,0,0,0,0,0,0
        accent and	2,0,0,0,0,0,0,0
        access	0,0,0,0,0,0,0,2
        accessible	0,0,0,0,0,4,0,1
        accessible toilet	0,0,0,0,0,3,0,0
        accident	0,0,0,0,2,0,0,0
        accident waiting	0,0,0,0,2,0,0,0
        account	2,0,1,5,0,0,1,14
        account for	0,0,0,0,0,0,0,3
        account got	0,0,0,0,0,0,0,2
        accused	2,0,0,0,0,0,0,0
        across	1,0,1,0,3,0,0,0
        across the	1,0,1,0,1,0,0,0
        action	2,1,2,0,1,0,0,1
        action or	0,1,1,0,0,0,0,0
        actually	0,0,3,0,1,0,0,0
        add	0,0,0,1,0,0,11,1
        add a	0,0,0,0,0,0,7,1
        added	0,0,0,3,0,0,0,0
        added a	0,0,0,2,0,0,0,0
        adding	0,0,0,0,0,0,2,0
        address	1,0,5,1,0,0,2,3
        address even	0,0,2,0,0,0,0,0
        addressed	0,0,2,0,0,0,0,0
        addressed to	0,0,2,0,0,0,0,0
        affair	0,0,0,1,0,1,0,0
        after	2,16,3,6,6,2,4,8
        after a	0,6,0,0,0,0,1,2
        after compensation	1,0,0,0,1,0,0,0
        after eating	0,0,0,0,3,0,0,0
        after i	0,0,0,2,1,0,0,0
        after midnight	0,0,0,0,0,0,1,1
        after one	0,3,0,0,0,0,0,1
        after the	0,0,1,1,0,1,2,0
        after three	0,3,0,2,0,1,0,0
        after two	0,3,1,0,0,0,0,0
        afternoon	0,1,1,0,2,0,2,0
        again	0,1,1,1,0,2,0,0
        against	0,1,0,0,0,1,0,0
        agency	1,1,0,1,0,1,0,0
        agent	14,0,0,3,0,0,0,2
        agent at	2,0,0,0,0,0,0,0
        agent called	2,0,0,0,0,0,0,0
        agent on	1,0,0,1,0,0,0,0
        agent said	2,0,0,0,0,0,0,2
        agent told	0,0,0,2,0,0,0,0
        ago	0,0,2,1,1,0,0,0
        agreement	0,0,0,2,0,0,0,0
        ahead	0,0,1,0,0,1,1,0
        air	0,1,0,0,0,3,0,0
        airline	0,0,0,1,0,0,0,4
        airport	0,0,0,0,0,1,2,0
        all	3,6,2,4,0,5,1,2
        all day	2,0,1,0,0,0,0,1
        all morning	1,0,0,0,0,0,0,1
        almost	0,0,0,0,2,0,0,0
        along	0,1,0,0,1,0,0,1
        along the	0,1,0,0,1,0,0,0
        already	3,10,4,3,3,2,0,2
        already complained	0,0,1,0,0,0,0,1
        already filed	1,0,1,0,0,0,0,1
        already peeling	0,2,0,0,0,0,0,0
        already referred	2,0,0,1,0,0,0,0
        also	1,1,0,0,0,0,2,0
        always	1,0,0,0,0,0,1,1
        am	3,0,3,2,1,1,4,5
        am doing	1,0,0,0,0,0,0,1
        am i	0,0,0,1,0,0,0,1
        am instead	0,0,0,0,0,0,2,0
        am not	1,0,0,1,0,0,1,1
        an	3,3,2,8,10,1,5,4
        an address	0,0,1,1,0,0,0,0
        an apology	3,0,0,0,0,0,0,0
        an attorney	0,0,0,0,0,0,0,2
        an electric	0,0,0,0,4,0,0,0
        an exposed	0,0,0,0,2,0,0,0
        an idea	0,0,0,0,0,0,3,0
        and	45,29,36,29,41,49,20,35
        and a	0,2,2,0,1,1,0,1
        and after	0,0,0,1,0,1,0,0
        and chipped	0,0,0,0,2,0,0,0
        and copied	0,0,0,2,0,1,0,1
        and couldn't	0,0,0,0,0,1,1,0
        and every	0,1,1,0,0,0,0,0
        and fractured	0,0,0,0,2,0,0,0
        and half	0,1,0,0,0,2,0,0
        and has	0,0,0,1,2,0,0,0
        and have	1,0,1,0,1,2,0,0
        and he	0,0,2,0,0,0,0,0
        and her	0,0,0,0,1,0,0,1
        and hung	2,0,0,0,0,0,0,0
        and i	5,0,3,4,1,0,1,4
        and i'd	0,1,0,2,0,0,1,0
        and i'm	4,0,1,4,4,3,5,2
        and i've	0,2,3,0,0,2,0,2
        and it	0,1,1,1,0,1,1,0
        and it's	1,2,2,0,0,2,0,0
        and just	1,0,1,0,0,0,0,0
        and left	2,0,0,0,0,0,0,0
        and my	0,0,0,0,2,3,0,2
        and no	0,0,0,1,0,0,0,2
        and nobody	0,0,3,0,0,2,0,1
        and nothing	1,0,0,0,1,0,0,0
        and now	0,0,2,0,0,0,0,2
        and one	0,1,1,0,0,0,0,0
        and photos	0,1,0,0,0,0,1,0
        and put	0,0,0,0,1,0,1,0
        and refused	4,0,0,0,0,0,0,0
        and said	2,0,0,0,0,0,0,0
        and says	2,0,0,0,0,0,0,0
        and tamil	0,0,0,0,0,0,2,0
        and the	5,14,7,1,13,16,2,5
        and then	6,0,0,0,1,0,0,0
        and there's	0,0,1,0,0,1,0,0
        and threw	1,0,0,0,1,0,0,0
        and told	4,0,0,0,0,0,0,0
        and use	0,1,0,0,0,1,0,0
        and uses	1,0,0,0,1,0,0,0
        and we	0,1,0,2,0,1,0,1
        and we're	0,0,0,0,3,0,0,0
        and when	1,0,0,1,0,0,0,0
        and yes	0,0,0,1,0,0,0,1
        and you've	0,0,0,2,0,0,0,0
        and your	1,0,1,1,0,0,0,0
        another	1,0,1,1,0,0,0,7
        another app	0,0,0,0,0,0,0,2
        another customer	1,0,1,0,0,0,0,0
        answer	2,0,1,0,0,0,0,0
        answering	0,0,0,0,2,0,0,0
        answers	2,0,0,0,0,0,0,0
        any	2,0,2,1,1,0,3,6
        any complaint	0,0,0,0,0,0,0,2
        anyone	1,2,1,0,3,1,2,2
        anyone over	0,1,0,0,0,1,0,0
        anything	5,9,1,4,1,2,4,2
        anything dramatic	0,2,0,0,0,0,0,0
        anything like	2,0,0,0,1,0,0,0
        anywhere	0,0,0,3,1,2,1,0
        apartment	0,0,0,0,1,1,0,0
        apology	6,0,0,0,0,0,0,0
        app	0,0,1,4,0,0,19,24
        app keeps	0,0,0,0,0,0,0,2
        app let	0,0,0,0,0,0,3,0
        app logs	0,0,0,0,0,0,0,2
        app shows	0,0,0,1,0,0,0,1
        application	0,0,1,1,0,0,0,1
        appointment	0,0,1,0,0,1,0,0
        april	0,0,0,2,0,0,0,0
        are	1,4,3,1,8,10,4,3
        are missing	0,0,2,0,0,0,0,0
        area	0,0,0,0,0,2,1,0
        arrange	0,1,1,0,0,0,0,0
        arrive	0,0,2,0,0,0,0,1
        arrived	0,2,3,0,1,0,0,0
        arrived with	0,2,0,0,1,0,0,0
        article	0,1,0,0,0,0,0,1
        article saying	0,1,0,0,0,0,0,1
        as	4,4,2,3,0,3,4,1
        as a	3,1,0,0,0,1,3,0
        asked	10,0,0,1,0,0,0,1
        asked for	2,0,0,1,0,0,0,0
        asked him	3,0,0,0,0,0,0,0
        asking	3,0,0,1,0,0,1,2
        asking about	2,0,0,0,0,0,0,0
        asks	1,0,0,0,0,0,0,1
        at	30,14,13,11,18,22,14,5
        at a	0,0,1,0,3,0,0,0
        at all	0,6,0,0,0,2,0,0
        at an	0,1,0,2,0,0,0,0
        at check	1,0,0,0,0,0,1,0
        at checkout	0,0,0,0,0,0,2,0
        at full	0,0,0,0,1,1,0,0
        at least	0,1,0,0,1,0,0,1
        at me	5,0,0,0,0,0,0,0
        at my	8,0,0,1,0,0,0,0
        at the	9,5,4,4,7,8,4,3
        at your	3,0,2,2,3,10,1,0
        atm	1,0,0,0,1,10,0,0
        atm at	0,0,0,0,0,3,0,0
        attorney	2,1,1,3,2,3,1,3
        attorney general	1,0,0,2,0,1,0,0
        attorney general's	1,0,1,1,0,0,1,1
        attorney will	0,0,0,0,1,1,0,0
        autistic	0,0,0,0,0,0,2,0
        automatic	0,0,0,0,1,1,1,0
        automatic door	0,0,0,0,1,1,0,0
        away	1,0,0,0,1,0,0,0
        b	0,0,0,2,1,5,0,0
        back	3,0,2,3,2,0,3,0
        back with	2,0,0,0,0,0,0,0
        bad	0,0,0,0,0,2,3,0
        bad review	0,0,0,0,0,0,2,0
        bag	0,0,0,1,1,0,1,0
        bakery	0,0,0,0,2,0,1,0
        bank	0,0,0,1,0,1,4,3
        banking	0,0,0,0,0,0,0,3
        bare	0,0,0,0,1,0,1,0
        barrier	0,0,0,0,0,5,0,0
        batch	0,2,0,0,0,0,0,0
        battery	0,2,0,0,3,0,0,0
        battery cover	0,1,0,0,2,0,0,0
        bbb	3,1,4,0,0,2,1,0
        bbb and	1,0,2,0,0,0,0,0
        be	5,1,5,5,3,5,15,8
        be calling	0,0,2,0,0,0,0,0
        be clear	0,0,0,2,0,0,0,0
        be contacting	0,0,0,0,1,1,0,0
        be filing	0,1,0,1,0,0,0,2
        be great	0,0,0,0,0,0,6,0
        be nice	0,0,0,0,0,0,3,0
        be taking	0,0,0,0,0,1,0,1
        be the	0,0,3,0,0,0,0,0
        because	3,1,2,1,0,0,2,1
        because i	2,0,0,0,0,0,0,0
        because my	0,0,1,0,0,0,1,0
        been	6,2,8,4,6,24,0,6
        been 'in	0,0,2,0,0,0,0,0
        been 'out	0,0,2,0,0,1,0,0
        been 'temporarily	0,0,0,0,0,2,0,0
        been broken	0,0,0,0,0,9,0,0
        been hurt	0,0,0,0,2,0,0,0
        been in	0,0,1,0,1,0,0,0
        been locked	0,0,0,0,0,3,0,2
        been out	0,0,0,0,0,5,0,0
        been sitting	0,0,2,0,0,0,0,0
        been three	1,0,1,0,0,0,0,0
        before	4,2,2,0,6,0,3,4
        before the	2,0,1,0,0,0,1,2
        being	1,0,1,2,0,0,0,1
        best	0,2,0,0,0,0,0,0
        better	3,2,0,0,0,0,0,0
        better business	2,0,0,0,0,0,0,0
        between	0,0,0,0,0,1,1,0
        bill	0,0,0,9,0,0,2,0
        bill is	0,0,0,2,0,0,0,0
        billed	0,0,0,5,0,0,0,0
        billed me	0,0,0,3,0,0,0,0
        billing	1,0,0,2,0,0,1,0
        bin	0,0,1,0,1,1,0,0
        bit	0,0,0,0,3,0,1,0
        bit of	0,0,0,0,1,0,1,0
        blender	0,3,0,0,0,0,0,0
        block	0,0,1,0,1,2,0,1
        block c	0,0,0,0,1,1,0,0
        blocked	0,0,0,0,1,1,0,1
        blocked by	0,0,0,0,1,1,0,0
        boarding	0,0,0,0,0,0,0,2
        book	1,0,1,0,0,0,0,3
        booked	0,0,3,0,0,1,0,0
        booking	0,0,0,3,1,0,2,2
        boots	0,2,0,0,0,0,0,0
        both	0,0,0,0,0,1,1,1
        bother	2,1,0,0,0,0,0,0
        bother with	2,1,0,0,0,0,0,0
        bothered	1,0,0,0,0,0,0,1
        bottles	0,0,0,0,1,0,1,0
        bought	0,16,0,0,4,0,0,0
        bought a	0,2,0,0,1,0,0,0
        bought from	0,4,0,0,2,0,0,0
        bought the	0,3,0,0,0,0,0,0
        bought was	0,2,0,0,0,0,0,0
        box	0,3,4,0,0,0,0,1
        boxes	0,0,1,0,1,0,0,0
        branch	6,0,1,2,4,10,0,0
        branch has	0,0,0,0,0,3,0,0
        branch that	1,0,0,1,0,1,0,0
        brand	1,8,0,0,0,0,0,0
        brand new	0,2,0,0,0,0,0,0
        break	1,0,0,0,0,1,0,0
        bring	1,0,0,1,0,0,1,0
        bring the	1,0,0,1,0,0,0,0
        broadband	2,0,0,0,0,0,0,0
        broke	0,1,1,0,1,1,0,0
        broken	0,0,1,1,1,17,0,0
        broken and	0,0,1,0,0,3,0,0
        broken for	0,0,0,0,0,5,0,0
        broken since	0,0,0,0,0,4,0,0
        brother	0,1,0,1,0,0,0,0
        browsers	0,0,0,0,0,0,0,2
        building	0,0,2,0,0,2,0,0
        bundled	0,3,0,0,0,0,0,0
        bundled with	0,3,0,0,0,0,0,0
        bureau	2,0,0,0,0,0,0,0
        burn	0,0,0,0,3,0,0,0
        burned	0,0,0,0,3,0,0,0
        bus	0,0,0,1,0,0,2,0
        business	2,0,1,0,0,1,0,2
        business account	0,0,1,0,0,0,0,1
        business bureau	2,0,0,0,0,0,0,0
        but	12,10,13,11,20,10,2,14
        but after	1,0,0,0,1,0,0,0
        but i	1,2,2,2,1,0,1,3
        but i'm	1,0,0,0,1,0,0,0
        but i've	0,0,1,0,0,1,0,1
        but if	1,1,1,1,0,1,0,1
        but it	0,1,2,0,0,0,0,1
        but it's	0,1,0,1,2,0,0,0
        but my	0,0,1,1,1,0,0,1
        but please	0,0,0,1,1,0,0,0
        but the	2,4,3,3,4,7,0,1
        but this	0,0,0,0,2,0,0,0
        but you	1,0,0,0,1,1,0,1
        but your	2,0,2,1,2,0,0,1
        button	0,1,0,0,2,1,0,0
        buttons	0,2,0,0,0,0,0,0
        by	2,3,12,2,7,3,2,3
        by friday	0,1,2,2,0,0,1,0
        by monday	0,0,2,0,0,0,0,1
        by the	0,2,2,0,2,1,1,0
        by your	1,0,1,0,1,0,0,0
        c	0,0,0,0,1,1,0,0
        caa	0,0,0,0,0,0,0,2
        cable	0,2,0,0,4,0,0,0
        cable at	0,1,0,0,1,0,0,0
        cafe	0,0,1,0,0,1,0,0
        call	11,1,2,0,2,3,0,2
        call a	1,1,0,0,0,0,0,1
        call centre	3,0,0,0,0,0,0,0
        call police	1,0,0,0,1,0,0,0
        call the	2,0,1,0,1,2,0,0
        callback	1,0,0,0,0,0,1,0
        called	10,1,5,2,4,3,0,2
        called her	2,0,0,0,0,0,0,0
        called j	0,0,2,0,0,0,0,0
        called me	4,0,0,0,0,0,0,1
        called re	2,1,2,2,1,1,0,1
        called the	2,0,2,0,2,2,0,0
        caller	1,1,1,1,1,0,0,1
        caller states	1,0,0,0,1,0,0,0
        calling	1,1,4,0,1,0,0,0
        calling the	0,1,3,0,1,0,0,0
        calls	0,0,0,1,1,0,2,1
        came	2,2,1,1,2,1,0,0
        came with	0,1,0,0,1,0,0,0
        camera	0,2,0,0,0,1,0,0
        can	2,1,3,2,1,1,2,6
        can i	0,1,0,0,0,0,0,1
        can someone	0,0,1,0,0,0,0,2
        can tell	0,0,2,0,0,0,0,0
        can you	0,0,0,1,0,0,0,1
        can't	1,0,0,0,0,0,1,4
        can't log	0,0,0,0,0,0,0,2
        cancellation	0,0,0,3,0,0,0,0
        cancelled	0,1,1,5,0,0,0,10
        cancelled and	0,0,0,0,0,0,0,2
        cancelled flight	0,0,0,1,0,0,0,1
        cancelled my	0,0,0,3,0,0,0,2
        cancelled with	0,0,0,0,0,0,0,2
        cancelled without	0,1,0,0,0,0,0,1
        car	1,0,0,4,3,6,0,1
        car park	1,0,0,1,1,4,0,0
        car was	0,0,0,1,0,1,0,0
        card	1,0,6,4,0,3,4,1
        card and	0,0,1,0,0,1,0,0
        care	3,1,1,0,2,0,1,0
        carpet	1,0,0,0,1,0,0,0
        case	1,3,1,1,1,1,0,3
        case this	1,1,0,0,0,0,0,0
        case to	0,0,0,0,0,0,0,2
        case with	0,1,0,1,0,0,0,0
        cash	0,0,0,0,1,1,0,0
        cashier	5,0,0,0,0,0,0,0
        casing	0,1,0,0,2,0,0,0
        casing is	0,0,0,0,2,0,0,0
        caught	0,0,0,0,3,0,0,0
        caught fire	0,0,0,0,2,0,0,0
        cctv	0,0,0,0,1,1,0,0
        centre	3,2,0,0,0,1,2,0
        cfpb	1,0,0,6,0,0,0,2
        cfpb this	1,0,0,1,0,0,0,0
        chairs	0,0,1,0,0,3,0,0
        changed	0,0,1,1,0,0,0,1
        changing	0,0,0,0,1,2,1,2
        changing the	0,0,0,0,0,0,0,2
        chap	1,0,0,0,0,0,1,0
        charge	1,2,0,9,0,0,0,0
        charge of	0,0,0,2,0,0,0,0
        charge the	0,1,0,1,0,0,0,0
        charge'	0,0,0,2,0,0,0,0
        charged	0,0,0,13,0,0,0,0
        charged me	0,0,0,6,0,0,0,0
        charged twice	0,0,0,5,0,0,0,0
        chargers	0,2,0,0,0,1,0,0
        charges	0,0,0,3,0,0,0,0
        charging	0,3,0,2,3,0,0,0
        chat	3,1,0,0,0,0,0,2
        chat agent	1,0,0,0,0,0,0,1
        cheap	0,2,0,0,0,0,0,0
        check	1,0,0,1,2,1,1,1
        check your	0,0,0,0,2,0,0,0
        checked	0,2,0,1,5,0,0,1
        checked the	0,2,0,0,1,0,0,0
        checkout	0,0,1,1,1,1,4,3
        checkout page	0,0,0,0,0,0,0,2
        chicken	0,0,0,0,5,0,0,0
        chicken nuggets	0,0,0,0,2,0,0,0
        children	0,0,0,0,3,0,1,0
        chipped	0,0,0,0,2,0,0,0
        cinema	0,0,0,2,0,1,2,0
        citizens	0,0,1,0,0,1,0,0
        claim	0,3,1,2,0,1,1,1
        claiming	0,1,0,0,0,0,0,1
        claims	0,8,1,4,0,0,0,1
        claims court	0,6,0,1,0,0,0,1
        class	0,0,0,0,0,2,0,1
        clear	0,0,1,2,0,0,0,0
        clearly	0,2,2,1,2,0,0,0
        clinic	1,0,0,0,1,0,1,0
        close	2,0,0,0,1,0,0,3
        close my	2,0,0,0,0,0,0,2
        closed	2,0,0,2,0,1,0,2
        closed the	2,0,0,0,0,0,0,0
        cluster	0,2,0,0,0,0,0,0
        cluster of	0,2,0,0,0,0,0,0
        coach	0,0,1,0,1,0,0,0
        coats	0,0,0,0,0,2,0,0
        code	0,1,0,0,0,0,0,2
        coins	1,0,0,0,0,1,0,0
        cold	0,0,0,0,0,3,1,0
        colleague	2,0,1,0,0,0,1,1
        colleague says	0,0,0,0,0,0,1,1
        collect	0,0,2,0,0,0,0,0
        collection	1,0,0,0,0,0,1,0
        come	0,0,1,1,0,1,0,0
        come out	0,0,1,1,0,0,0,0
        company	0,1,2,3,0,0,2,1
        company is	0,0,1,1,0,0,0,0
        compensation	1,0,0,0,1,0,0,2
        compensation or	0,0,0,0,1,0,0,1
        complain	0,1,0,0,0,0,1,0
        complain to	0,1,0,0,0,0,1,0
        complained	0,0,1,1,0,3,0,3
        complained to	0,0,1,1,0,3,0,3
        complaint	7,2,7,8,1,8,6,9
        complaint and	0,0,0,0,0,1,6,1
        complaint to	0,1,0,3,0,1,0,3
        complaint with	5,1,6,5,0,5,0,3
        completely	0,1,1,0,0,0,0,0
        completely different	0,1,1,0,0,0,0,0
        condo	0,0,0,1,0,1,0,0
        conduct	2,0,0,0,0,0,0,0
        confirmed	0,1,1,0,0,0,0,0
        connecting	0,0,0,0,0,0,0,2
        connecting flight	0,0,0,0,0,0,0,2
        consider	0,0,0,0,0,0,2,0
        constantly	0,1,0,0,0,1,0,0
        consulted	0,1,0,0,0,1,0,0
        consulted a	0,1,0,0,0,1,0,0
        consumer	2,4,3,3,0,1,1,2
        consumer council	0,2,0,0,0,0,0,0
        consumer court	1,0,1,0,0,0,0,0
        consumer protection	0,1,0,2,0,1,1,1
        contacting	0,0,0,0,1,1,0,1
        contract	0,1,0,3,0,0,1,1
        contract ends	0,0,0,0,0,0,1,1
        copied	0,0,0,3,0,1,1,1
        copied in	0,0,0,1,0,1,0,1
        cops	1,1,1,0,1,1,0,0
        cops on	0,0,1,0,1,0,0,0
        cops over	0,1,0,0,0,1,0,0
        copy	1,0,0,1,1,0,0,0
        could	1,1,0,0,0,3,10,3
        could someone	0,0,0,0,0,0,0,2
        could the	0,0,0,0,0,0,2,0
        could you	0,1,0,0,0,1,2,1
        could your	0,0,0,0,0,0,3,0
        couldn't	1,0,0,0,0,3,1,1
        couldn't find	1,0,0,0,0,0,1,0
        council	0,2,1,0,0,0,0,0
        counter	2,0,0,0,0,2,0,0
        counterfeit	0,2,0,0,0,0,0,0
        county	1,0,0,1,0,1,0,1
        county court	1,0,0,1,0,0,0,1
        couple	0,2,0,0,0,0,0,0
        couple of	0,2,0,0,0,0,0,0
        courier	1,0,10,0,0,0,1,0
        courier is	0,0,2,0,0,0,0,0
        courier left	0,0,3,0,0,0,0,0
        courier marked	0,0,2,0,0,0,0,0
        course	0,0,0,1,0,1,0,0
        court	4,12,4,4,0,4,1,4
        court claim	0,2,0,1,0,0,0,0
        court next	0,1,0,0,0,0,0,1
        court over	0,2,0,0,0,0,0,0
        court reporter	2,0,1,0,0,0,0,1
        court with	0,1,1,0,0,0,0,0
        courthouse	0,0,0,1,0,1,0,0
        cousin	0,1,0,0,1,0,0,1
        cover	0,1,0,0,2,0,0,0
        covered	0,1,1,0,1,0,0,0
        cracked	0,4,1,0,2,1,0,1
        crew	0,0,1,0,1,0,0,0
        crime	1,1,1,0,0,1,1,0
        crime reference	0,0,1,0,0,1,1,0
        current	0,0,0,1,0,1,1,0
        current affair	0,0,0,1,0,1,0,0
        customer	9,2,4,3,2,1,1,3
        customer called	2,1,2,2,1,1,0,1
        customer care	3,0,0,0,0,0,1,0
        customer has	1,0,0,1,0,0,0,1
        customer service	1,0,0,0,0,0,0,1
        customer states	0,1,1,0,0,0,0,0
        customers	3,0,0,0,0,1,2,0
        cut	0,1,0,0,1,0,0,0
        damage	0,2,0,1,0,0,0,1
        damaged	0,0,3,0,0,0,0,0
        dangerous	0,0,0,0,2,0,0,0
        dark	0,0,0,0,0,1,1,0
        date	0,1,1,0,0,0,1,1
        daughter	2,0,0,0,4,0,0,0
        day	2,5,3,4,1,0,0,2
        day one	0,3,0,0,0,0,0,0
        days	1,2,15,1,1,4,0,6
        days and	0,0,2,0,0,0,0,0
        days'	0,0,0,1,0,0,0,1
        days' notice	0,0,0,1,0,0,0,1
        dead	3,4,0,0,0,4,0,0
        dead line	1,1,0,0,0,0,0,0
        dead pixels	0,2,0,0,0,0,0,0
        dear	0,1,1,0,0,0,1,0
        dear sir	0,1,0,0,0,0,1,0
        debit	0,0,1,2,0,0,1,0
        debit card	0,0,1,1,0,0,0,0
        debited	0,0,0,2,0,0,0,0
        deck	1,0,0,0,1,0,0,0
        defective	0,2,0,0,0,0,0,0
        definitely	0,0,0,0,0,0,2,0
        definitely not	0,0,0,0,0,0,2,0
        delayed	0,0,1,0,0,0,0,3
        delivered	0,0,4,0,0,0,0,0
        delivered to	0,0,2,0,0,0,0,0
        delivery	3,0,11,1,5,0,7,0
        delivery address	0,0,0,0,0,0,2,0
        delivery driver	1,0,0,0,1,0,0,0
        delivery in	0,0,2,0,0,0,0,0
        delivery this	0,0,2,0,0,0,0,0
        delivery'	0,0,5,0,0,0,0,0
        delivery' for	0,0,4,0,0,0,0,0
        demand	0,2,0,0,0,0,0,0
        demand letter	0,2,0,0,0,0,0,0
        department	0,0,1,1,1,1,0,1
        department of	0,0,1,1,0,0,0,1
        departure	0,0,0,0,0,0,0,2
        deposit	0,0,0,5,0,0,0,0
        deposit for	0,0,0,2,0,0,0,0
        depot	0,0,2,0,0,0,0,0
        desk	3,0,1,2,1,1,1,1
        despite	0,0,0,0,0,2,0,0
        details	0,1,0,0,0,0,1,0
        didn't	1,0,2,0,2,0,0,0
        died	0,3,0,0,0,0,0,0
        died after	0,2,0,0,0,0,0,0
        different	1,1,1,0,0,0,0,1
        direct	0,0,0,2,0,0,1,0
        direct debit	0,0,0,1,0,0,1,0
        disclosed	0,0,0,2,0,0,0,0
        disconnected	1,0,0,0,0,0,0,1
        dishwasher	0,2,0,0,0,0,0,0
        dismissive	2,0,0,0,0,0,0,0
        display	0,1,0,0,0,0,1,0
        dizzy	0,0,0,0,2,0,0,0
        do	2,3,2,1,0,0,2,1
        do anything	1,1,0,0,0,0,0,0
        does	0,1,0,1,0,0,0,2
        doesn't	0,3,0,1,0,1,0,1
        doing	2,1,0,0,1,0,0,1
        doing is	1,0,0,0,0,0,0,1
        don't	3,5,4,1,2,1,1,0
        don't have	1,1,0,0,0,0,0,0
        don't want	1,0,1,1,0,0,0,0
        don't worry	0,1,3,0,0,1,0,0
        done	0,2,0,1,1,0,0,0
        done anything	0,1,0,0,1,0,0,0
        door	2,0,3,0,4,2,0,0
        doorbell	0,0,3,0,0,0,0,0
        doorbell footage	0,0,2,0,0,0,0,0
        doorstep	0,0,2,0,0,0,0,0
        down	2,1,1,0,3,2,0,2
        down the	0,1,1,0,0,0,0,0
        downstairs	0,0,2,0,0,0,0,0
        drafting	0,1,0,1,0,0,0,0
        drafting a	0,1,0,1,0,0,0,0
        drama	0,0,0,0,0,1,1,0
        dramatic	0,3,1,0,0,0,0,0
        driver	5,0,12,0,4,0,0,0
        driver left	0,0,2,0,0,0,0,0
        driver marks	0,0,2,0,0,0,0,0
        driver tossed	0,0,2,0,0,0,0,0
        driver was	0,0,0,0,2,0,0,0
        driving	0,0,1,0,1,0,0,0
        drop	0,0,0,1,0,0,2,0
        drop off	0,0,0,1,0,0,1,0
        dropped	0,1,1,0,0,2,0,0
        drops	0,1,0,0,0,3,0,0
        drops every	0,0,0,0,0,3,0,0
        drove	0,0,1,0,0,1,0,0
        drunk	0,0,0,0,2,0,0,0
        dryer	0,0,0,0,2,0,0,0
        dryer in	0,0,0,0,2,0,0,0
        dti	1,0,1,0,0,1,0,0
        duplicate	0,0,0,2,0,0,0,0
        during	2,0,1,1,0,1,0,1
        during the	1,0,1,0,0,0,0,0
        dying	0,0,0,0,2,0,0,0
        e	0,2,0,0,6,0,0,1
        each	1,0,3,3,0,0,0,0
        each time	1,0,2,2,0,0,0,0
        earbuds	0,1,0,0,1,0,0,0
        early	0,0,0,3,0,0,2,0
        early termination	0,0,0,3,0,0,0,0
        eat	0,0,0,0,0,1,1,0
        eating	0,0,0,0,4,1,0,0
        edges	0,2,0,0,0,0,0,0
        eight	0,0,0,1,0,0,0,1
        eighteen	0,1,0,0,0,0,0,1
        elderly	2,0,0,0,1,0,0,0
        electric	0,0,0,0,4,0,0,0
        electric shock	0,0,0,0,4,0,0,0
        elm	1,0,0,0,1,1,0,0
        elm street	1,0,0,0,0,1,0,0
        else	0,1,0,0,1,0,0,0
        email	1,1,1,2,0,0,0,2
        emergency	0,0,0,0,4,0,0,0
        emergency line	0,0,0,0,2,0,0,0
        empty	0,0,0,0,0,0,1,1
        end	0,0,0,1,1,0,0,0
        ends	0,0,0,0,0,0,1,1
        energy	1,0,0,1,0,0,0,0
        energy ombudsman	1,0,0,1,0,0,0,0
        engineer	2,1,1,0,1,0,0,0
        engineer visit	0,1,0,0,1,0,0,0
        engineer's	0,0,1,0,0,0,1,0
        english	0,0,0,0,0,0,3,1
        enough	1,0,0,0,1,1,0,0
        enough to	0,0,0,0,1,1,0,0
        entire	1,0,0,0,0,2,0,1
        entire stay	0,0,0,0,0,2,0,0
        entrance	0,0,1,1,1,1,2,0
        er	0,0,0,0,2,0,0,0
        error	0,0,0,0,0,1,0,1
        escalate	1,0,1,0,0,0,0,0
        escalated	1,0,0,1,0,0,0,0
        escalated to	1,0,0,1,0,0,0,0
        estate	0,0,1,0,0,1,0,0
        even	0,2,6,3,0,2,1,2
        even though	0,1,3,2,0,1,0,1
        evening	1,1,0,0,0,3,0,0
        ever	0,0,1,1,1,0,1,0
        every	4,8,1,4,1,7,0,10
        every few	0,3,0,0,0,1,0,0
        every single	1,0,0,0,0,0,0,1
        every ten	0,1,0,0,0,2,0,0
        every time	1,0,1,0,0,1,0,6
        everyone	1,0,1,0,1,1,0,0
        exactly	1,0,0,1,0,1,0,0
        exactly this	1,0,0,1,0,0,0,0
        executive	2,0,0,0,0,0,0,0
        exit	0,0,0,1,2,1,0,0
        expect	4,0,0,1,0,0,0,1
        expect a	3,0,0,0,0,0,0,1
        expected	0,2,0,0,0,0,0,0
        expired	0,1,0,0,1,0,0,0
        explain	0,0,0,2,0,0,0,2
        explain why	0,0,0,2,0,0,0,0
        explained	1,0,0,0,0,0,0,2
        explanation	0,0,0,0,0,0,0,3
        exposed	0,0,0,0,3,0,0,1
        eyes	5,0,0,0,0,0,0,0
        eyes at	2,0,0,0,0,0,0,0
        facebook	0,2,2,0,0,0,0,0
        failed	0,2,0,0,0,0,0,0
        failing	0,0,0,0,0,1,0,1
        fake	0,2,0,0,0,0,0,1
        fall	0,0,0,0,2,0,0,0
        families	0,0,0,0,0,0,3,0
        family	0,0,0,1,0,0,1,0
        father	1,0,0,0,0,2,1,0
        fault	0,2,0,0,0,0,0,0
        faulty	0,2,0,0,1,1,0,0
        fca	0,0,0,3,0,0,0,0
        fcc	1,0,0,1,0,0,0,2
        feature	0,0,0,0,0,0,1,1
        fee	0,0,0,13,0,0,0,0
        fee of	0,0,0,2,0,0,0,0
        fee you	0,0,0,2,0,0,0,0
        fee'	0,0,0,8,0,1,0,0
        fee' on	0,0,0,3,0,0,0,0
        fee' that	0,0,0,2,0,0,0,0
        feels	1,1,0,0,0,0,0,0
        feels like	1,1,0,0,0,0,0,0
        fees	0,0,0,5,0,0,1,0
        fees'	0,0,0,2,0,0,0,0
        fell	0,3,0,0,0,0,0,0
        felt	1,0,0,0,0,1,0,0
        fence	0,0,4,0,0,0,0,0
        fence and	0,0,2,0,0,0,0,0
        few	0,3,0,0,0,1,2,0
        few minutes	0,2,0,0,0,1,0,0
        fi	0,0,0,0,0,2,1,0
        field	0,0,0,0,0,0,2,0
        file	0,1,1,1,0,0,0,0
        file in	0,1,1,0,0,0,0,0
        filed	5,0,5,6,0,2,0,5
        filed a	4,0,4,4,0,2,0,2
        filed an	0,0,0,1,0,0,0,1
        filed with	0,0,1,1,0,0,0,0
        filing	2,5,2,1,0,1,0,3
        filing a	2,1,2,1,0,1,0,0
        filing in	0,2,0,0,0,0,0,1
        filing with	0,2,0,0,0,0,0,0
        filling	1,1,0,0,0,0,0,1
        film	0,1,0,0,0,2,0,0
        filmed	2,0,0,0,0,0,0,0
        final	0,1,0,2,0,0,0,0
        finally	1,0,1,0,0,0,0,0
        financial	1,0,0,1,0,2,0,0
        financial ombudsman	1,0,0,1,0,2,0,0
        find	2,0,0,0,0,0,1,0
        fine	0,1,1,0,0,0,0,0
        fined	0,1,0,1,0,0,0,1
        fined by	0,1,0,0,0,0,0,1
        finish	1,0,0,0,0,1,0,0
        fire	0,2,0,0,8,0,1,0
        first	1,1,1,1,0,0,2,0
        five	0,0,1,0,0,3,1,2
        five days	0,0,0,0,0,1,0,1
        fix	1,0,0,1,1,3,0,1
        fix it	0,0,0,0,1,1,0,1
        fixed	0,1,0,0,0,3,0,0
        fixes	0,0,0,1,0,0,0,1
        flat	0,0,5,1,0,0,0,0
        flat with	0,0,2,0,0,0,0,0
        flight	0,0,1,1,0,0,0,13
        flight cancelled	0,0,0,0,0,0,0,3
        flight delayed	0,0,0,0,0,0,0,2
        flight was	0,0,0,0,0,0,0,2
        floor	0,0,1,0,2,3,0,0
        floor with	0,0,0,0,0,3,0,0
        followed	2,0,0,0,1,0,0,0
        followed us	2,0,0,0,0,0,0,0
        food	0,0,0,0,3,1,3,0
        food court	0,0,0,0,0,1,1,0
        food poisoning	0,0,0,0,2,0,0,0
        footage	0,0,2,0,1,1,0,0
        for	18,11,16,34,5,31,21,13
        for a	2,1,1,9,1,6,1,1
        for asking	2,0,0,0,0,0,0,0
        for by	0,0,2,0,0,0,0,0
        for delivery'	0,0,5,0,0,0,0,0
        for exactly	1,0,0,1,0,0,0,0
        for five	0,0,0,0,0,1,0,1
        for four	0,0,1,1,0,0,0,1
        for him	0,0,1,0,0,0,1,0
        for his	0,0,1,0,0,1,0,0
        for it	0,1,0,0,0,0,1,0
        for me	2,1,0,1,1,0,0,0
        for months	0,0,0,0,0,3,0,0
        for my	2,1,0,2,0,2,0,1
        for nine	1,0,0,0,0,1,0,0
        for six	0,0,2,1,0,1,0,0
        for the	1,4,1,10,0,2,6,2
        for those	0,0,0,0,0,0,2,0
        for three	0,0,2,1,0,3,0,1
        for two	0,0,0,2,1,4,0,1
        for work	0,0,0,0,0,1,0,1
        form	1,0,0,0,0,0,1,1
        formal	3,0,1,0,0,2,0,0
        formal complaint	2,0,1,0,0,2,0,0
        forty	0,0,1,1,0,1,1,0
        forty minutes	0,0,0,0,0,1,1,0
        forum	1,0,1,0,1,2,1,0
        forum that	0,0,0,0,1,2,0,0
        found	0,0,0,0,3,0,0,0
        found a	0,0,0,0,3,0,0,0
        four	3,2,2,2,1,3,0,5
        four days	0,0,1,0,0,0,0,2
        four months	0,0,1,1,1,0,0,0
        four times	3,1,0,0,0,0,0,2
        fractured	0,0,0,0,2,0,0,0
        fractured my	0,0,0,0,2,0,0,0
        frame	0,1,0,0,1,0,0,0
        frankly	1,1,0,0,0,0,0,0
        frayed	0,1,0,0,1,0,0,0
        free	1,1,0,1,0,1,1,1
        free'	0,0,0,0,2,0,0,0
        freezes	0,2,0,0,0,0,0,0
        friday	0,1,4,2,1,0,1,0
        friday i'm	0,0,1,1,0,0,0,0
        friend	0,0,0,3,1,0,1,0
        friend told	0,0,0,0,1,0,1,0
        from	3,14,0,5,13,1,3,2
        from a	1,1,0,0,1,0,0,0
        from day	0,2,0,0,0,0,0,0
        from the	1,0,0,0,0,0,2,0
        from you	0,2,0,0,2,0,0,0
        from your	0,6,0,3,6,0,0,0
        front	7,0,3,1,2,2,2,0
        front desk	1,0,1,1,1,1,1,0
        front door	1,0,1,0,0,0,0,0
        front of	4,0,0,0,0,0,0,0
        front window	0,0,1,0,0,1,0,0
        frozen	0,2,0,0,0,0,0,0
        ftc	0,1,1,0,0,0,1,2
        ftc and	0,0,1,0,0,0,0,1
        ftc over	0,1,0,0,0,0,0,1
        full	0,5,1,2,2,1,1,1
        full refund	0,2,0,0,0,0,0,0
        function	0,0,0,0,0,2,0,0
        function room	0,0,0,0,0,2,0,0
        furniture	0,0,2,0,0,0,0,0
        further	0,0,0,0,0,1,0,1
        fuss	1,1,0,0,0,1,0,0
        garage	0,0,0,0,1,1,0,0
        gas	0,0,0,1,6,0,0,0
        gas in	0,0,0,0,3,0,0,0
        gas smell	0,0,0,0,2,0,0,0
        gash	0,0,1,0,1,0,0,0
        gate	2,0,1,0,0,1,0,2
        gate agent	2,0,0,0,0,0,0,0
        gave	0,0,1,0,2,0,0,0
        general	1,0,0,2,0,1,0,0
        general's	1,0,1,1,0,0,1,1
        general's consumer	0,0,0,1,0,0,1,1
        general's office	1,0,1,0,0,0,0,0
        genuine	0,2,0,0,0,0,0,0
        get	0,3,0,3,4,3,4,2
        get a	0,2,0,0,0,1,1,0
        get it	0,0,0,1,2,0,0,0
        get to	0,0,0,0,1,0,0,1
        gets	0,0,0,0,6,0,0,0
        gets hurt	0,0,0,0,2,0,0,0
        getting	0,0,0,0,1,0,0,1
        give	2,0,1,0,0,2,0,0
        give his	2,0,0,0,0,0,0,0
        given	0,0,0,1,1,0,0,0
        gives	0,2,0,0,0,0,1,0
        gives up	0,2,0,0,0,0,1,0
        glass	0,0,0,0,3,0,0,0
        glass in	0,0,0,0,3,0,0,0
        go	2,2,4,3,0,3,3,1
        go to	0,2,2,1,0,2,2,0
        go up	0,0,0,1,0,1,0,0
        goes	0,0,1,0,0,0,0,1
        going	8,4,5,7,3,7,3,4
        going on	1,0,1,0,0,0,0,1
        going to	6,4,3,6,3,7,3,3
        going up	1,0,0,1,0,0,0,0
        gone	0,0,2,0,0,0,0,1
        gonna	1,0,0,0,0,0,0,1
        good	2,0,0,0,1,0,1,0
        got	3,3,2,3,14,1,2,5
        got a	0,0,0,0,2,0,0,0
        got an	0,0,0,0,2,0,0,0
        got food	0,0,0,0,2,0,0,0
        got hurt	0,0,0,0,2,0,0,0
        got locked	0,0,0,0,0,0,0,2
        great	0,0,0,0,0,0,8,0
        great if	0,0,0,0,0,0,5,0
        group	0,1,0,0,0,1,1,0
        guard	1,0,0,0,0,1,0,1
        guests	1,0,0,0,0,0,1,0
        guy	2,0,1,0,0,0,0,0
        gym	1,0,0,1,0,4,3,0
        gym opened	0,0,0,0,0,0,2,0
        gym's	0,1,0,0,0,2,0,0
        had	2,2,5,2,5,7,3,2
        had a	0,0,0,0,2,0,1,0
        had an	0,0,0,1,1,1,0,0
        had been	1,0,1,0,0,0,0,0
        had no	0,0,1,0,0,2,0,1
        had to	0,0,2,1,1,2,2,0
        half	1,2,1,0,0,7,3,1
        half of	1,1,1,0,0,1,0,0
        half the	0,1,0,0,0,6,1,0
        halfway	2,0,0,0,0,0,1,0
        halfway through	2,0,0,0,0,0,1,0
        hallway	0,0,1,0,1,0,0,0
        hand	0,0,0,0,6,0,0,0
        hand dryer	0,0,0,0,2,0,0,0
        hand is	0,0,0,0,2,0,0,0
        handed	0,0,0,0,4,0,0,0
        handrail	0,0,0,0,1,0,1,0
        handrail on	0,0,0,0,1,0,1,0
        handset	0,2,1,0,1,0,0,0
        hanging	1,0,0,0,1,0,0,0
        happen	0,0,0,0,2,0,0,0
        has	3,10,13,7,6,23,0,10
        has a	1,3,0,1,1,1,0,0
        has already	0,1,1,1,0,0,0,0
        has been	1,0,5,0,3,17,0,5
        has failed	0,2,0,0,0,0,0,0
        has had	0,0,1,0,0,1,0,0
        has instructed	2,0,0,0,0,0,0,0
        has not	0,0,0,0,0,1,0,1
        has now	0,0,2,0,0,0,0,0
        has said	0,0,2,0,0,0,0,1
        has the	0,1,0,0,1,0,0,0
        hasn't	0,1,6,0,1,1,0,0
        hasn't moved	0,0,2,0,0,0,0,0
        hasn't updated	0,0,2,0,0,0,0,0
        have	11,5,4,10,6,13,3,6
        have a	0,1,1,0,1,1,1,0
        have already	2,0,0,0,0,0,0,0
        have been	0,1,0,1,0,7,0,0
        have it	1,1,0,0,0,0,0,0
        have reported	1,0,0,0,0,0,0,1
        have sent	0,1,0,0,0,0,1,0
        have submitted	0,0,0,0,0,0,0,3
        have the	1,0,0,2,2,0,0,0
        haven't	0,0,0,1,1,0,0,1
        having	0,0,0,0,0,0,2,0
        he	10,1,4,2,4,1,0,0
        he has	1,0,0,1,0,0,0,0
        he is	1,1,0,0,0,0,0,0
        he said	1,0,0,1,0,0,0,0
        he was	1,0,0,0,1,0,0,0
        he'd	2,0,0,0,0,0,1,0
        he's	0,0,0,0,2,0,0,0
        head	0,0,0,1,2,0,0,0
        health	0,1,0,0,0,2,0,0
        heard	0,0,1,0,1,1,0,0
        hearing	0,0,0,0,0,2,0,1
        heater	0,0,0,0,2,0,0,0
        heaters	0,1,0,0,1,0,0,0
        heating	0,0,0,0,0,4,0,0
        heating in	0,0,0,0,0,2,0,0
        held	0,0,0,2,0,0,0,0
        help	0,1,0,0,0,2,4,0
        her	9,1,2,1,8,1,0,3
        her eyes	2,0,0,0,0,0,0,0
        her husband	0,0,0,0,1,0,0,1
        her to	2,0,0,0,0,0,0,0
        here	1,0,3,0,1,1,0,0
        hi	0,0,1,1,0,0,0,0
        hidden	0,0,0,4,0,0,0,0
        hill	0,0,0,0,1,0,1,0
        hill road	0,0,0,0,1,0,1,0
        him	8,0,1,0,0,0,1,0
        him to	3,0,1,0,0,0,0,0
        hindi	0,0,0,0,0,0,2,0
        hindi and	0,0,0,0,0,0,2,0
        his	7,1,3,2,4,2,0,0
        his eyes	3,0,0,0,0,0,0,0
        his name	2,0,0,0,0,0,0,0
        hold	2,1,0,0,0,0,2,0
        holds	0,0,0,2,0,0,0,0
        home	0,0,1,0,0,0,1,2
        honestly	3,2,0,0,0,0,1,0
        honestly the	0,1,0,0,0,0,1,0
        hospital	0,0,0,0,2,0,0,0
        hot	0,0,0,0,5,2,2,0
        hot water	0,0,0,0,0,2,1,0
        hotel	0,0,1,5,2,9,3,1
        hotel gym	0,0,0,0,0,1,1,0
        hotel gym's	0,0,0,0,0,2,0,0
        hotel has	0,0,0,0,0,2,0,0
        hotel's	0,0,0,0,1,3,0,0
        hotels	0,0,0,0,1,0,1,0
        hour	0,0,0,1,0,0,2,2
        hours	0,2,0,0,0,0,1,5
        hours and	0,1,0,0,0,0,0,1
        hours'	1,0,0,0,0,0,0,2
        hours' notice	0,0,0,0,0,0,0,2
        house	0,0,2,1,2,0,0,0
        housing	0,0,0,0,0,2,0,0
        how	3,1,0,0,0,0,1,0
        how to	1,1,0,0,0,0,0,0
        hub	1,1,2,0,0,0,0,0
        huge	0,0,0,0,0,0,2,0
        hung	5,0,0,0,0,0,0,0
        hung up	5,0,0,0,0,0,0,0
        hurt	0,0,0,0,11,0,0,0
        hurt this	0,0,0,0,2,0,0,0
        husband	0,0,0,0,1,0,0,1
        i	43,31,22,35,22,13,8,33
        i already	1,2,2,0,0,0,0,0
        i am	3,0,2,1,0,0,1,3
        i asked	10,0,0,0,0,0,0,0
        i bought	0,10,0,0,3,0,0,0
        i can	1,0,0,1,0,0,0,1
        i can't	0,0,0,0,0,0,0,4
        i cancelled	0,0,0,3,0,0,0,1
        i checked	0,2,0,0,1,0,0,0
        i didn't	1,0,0,0,1,0,0,0
        i don't	1,1,1,1,1,0,0,0
        i expect	3,0,0,0,0,0,0,0
        i expected	0,2,0,0,0,0,0,0
        i filed	2,0,0,1,0,0,0,1
        i filmed	2,0,0,0,0,0,0,0
        i get	0,1,0,1,0,0,0,2
        i got	1,1,0,0,1,0,0,0
        i had	1,0,1,0,0,0,0,0
        i have	5,3,3,6,3,0,1,5
        i haven't	0,0,0,1,0,0,0,1
        i just	5,5,1,4,1,2,0,3
        i know	2,0,0,1,0,0,0,0
        i left	0,0,1,1,0,0,0,0
        i live	0,0,1,0,0,0,0,1
        i looked	1,0,0,0,1,0,0,0
        i never	0,0,0,4,0,0,0,0
        i only	0,1,0,1,0,0,0,0
        i ordered	0,2,1,0,0,0,0,0
        i rang	2,0,0,0,0,0,0,0
        i read	0,2,0,1,0,2,0,0
        i saw	0,0,0,1,0,0,1,0
        i should	3,1,0,1,1,0,0,0
        i signed	0,0,0,3,0,0,0,0
        i simply	0,0,0,1,0,0,0,1
        i switch	0,0,0,0,0,0,0,3
        i took	0,0,1,0,2,0,0,0
        i try	0,0,0,0,0,0,0,2
        i use	0,0,0,0,0,2,0,0
        i want	1,0,0,0,1,0,0,0
        i was	6,1,4,3,0,1,0,0
        i will	1,1,0,1,0,1,0,1
        i won't	3,4,3,1,0,0,1,2
        i work	2,1,0,0,0,1,1,2
        i would	0,0,0,0,1,0,1,0
        i'd	3,1,2,4,1,1,6,1
        i'd just	0,0,1,1,1,0,1,0
        i'd like	0,1,1,2,0,0,0,0
        i'd rather	1,0,0,1,0,0,1,1
        i'd simply	1,0,0,0,0,0,2,0
        i'll	1,1,1,0,0,1,0,0
        i'll be	0,1,0,0,0,1,0,0
        i'm	14,14,10,18,14,13,7,17
        i'm a	3,0,1,1,0,0,0,4
        i'm definitely	0,0,0,0,0,0,2,0
        i'm dying	0,0,0,0,2,0,0,0
        i'm filing	1,3,1,0,0,1,0,0
        i'm not	7,9,5,9,6,6,5,6
        i'm on	0,0,0,1,0,3,0,1
        i'm posting	1,0,0,1,0,0,0,0
        i'm putting	0,0,0,0,0,2,0,0
        i'm reporting	0,0,0,0,1,0,0,1
        i'm speaking	1,0,1,0,0,0,0,0
        i'm taking	0,0,1,1,0,0,0,0
        i'm talking	0,0,0,1,0,0,0,1
        i've	3,7,11,12,7,14,3,15
        i've already	0,0,0,0,1,0,0,1
        i've called	0,0,0,0,2,2,0,0
        i've filed	1,0,2,3,0,2,0,2
        i've got	0,0,1,0,0,0,1,0
        i've lodged	0,1,2,0,0,2,0,0
        i've no	0,0,0,1,1,0,0,1
        i've now	0,0,1,0,0,1,0,1
        i've reported	1,4,3,2,0,2,0,0
        i've sent	0,1,1,1,0,1,0,1
        i've submitted	0,0,0,2,0,0,0,0
        i've tried	0,0,0,0,0,0,0,2
        i've written	0,0,0,1,0,2,1,0
        ice'	0,0,0,0,1,0,1,0
        id	0,0,2,0,0,0,1,0
        idea	0,0,1,0,1,0,6,0
        idea for	0,0,0,0,0,0,2,0
        if	2,4,3,2,0,2,13,4
        if it	0,2,0,0,0,0,0,0
        if my	0,0,1,1,0,0,0,3
        if the	0,1,0,1,0,1,7,0
        if you	1,0,0,0,0,1,1,0
        if your	1,0,0,0,0,0,4,0
        in	12,21,18,20,28,33,15,10
        in a	1,7,4,1,1,1,0,0
        in court	0,1,0,1,0,0,0,0
        in front	4,0,0,0,0,0,0,0
        in hospital	0,0,0,0,2,0,0,0
        in it	0,0,0,0,2,0,0,0
        in january	0,1,0,1,0,0,0,0
        in march	0,0,0,4,0,0,0,0
        in my	0,0,1,3,2,2,2,0
        in on	0,0,1,1,0,0,0,0
        in one	1,0,0,1,0,0,0,0
        in our	0,0,0,0,1,3,1,0
        in room	0,0,0,0,2,0,0,0
        in screen	0,0,0,0,1,1,0,0
        in small	0,3,1,1,0,0,0,1
        in that	0,1,0,1,0,0,0,0
        in the	1,6,9,4,7,8,7,3
        in there	0,0,0,0,1,2,1,1
        in to	1,0,0,0,0,1,0,0
        in touch	1,0,1,0,0,0,0,0
        in two	0,2,0,0,0,0,0,0
        in your	1,0,0,0,6,8,0,1
        in'	0,0,2,1,0,0,0,0
        in' while	0,0,2,0,0,0,0,0
        including	0,0,1,0,0,0,1,0
        injured	0,0,0,0,3,1,0,0
        injury	0,0,0,0,2,0,0,0
        inside	0,3,4,0,5,2,0,0
        inside after	0,2,0,0,0,0,0,0
        installer	1,0,0,0,1,0,0,0
        instead	0,1,4,0,0,0,9,0
        instead of	0,0,4,0,0,0,9,0
        instructed	2,0,0,0,0,0,0,2
        instructed a	2,0,0,0,0,0,0,0
        insurance	0,0,0,2,0,0,1,1
        interest	0,0,0,1,0,0,0,1
        interest in	0,0,0,1,0,0,0,1
        interested	0,2,0,0,0,0,0,0
        intimation	0,0,0,1,0,0,0,1
        into	1,1,1,2,2,2,1,3
        into a	0,1,0,2,1,0,0,0
        into it	0,0,1,0,0,0,1,2
        into my	0,0,0,0,1,1,0,0
        into the	1,0,0,0,0,0,0,1
        invoice	0,0,0,2,0,0,0,0
        involve	1,1,0,0,0,0,0,1
        involved	0,1,0,0,1,0,0,0
        is	10,27,20,12,24,13,7,12
        is a	1,1,1,1,1,0,1,0
        is already	0,2,0,0,2,0,0,0
        is broken	0,0,1,0,0,1,0,0
        is drafting	0,1,0,1,0,0,0,0
        is filing	1,1,0,0,0,0,0,1
        is going	0,1,2,1,1,0,0,0
        is leaking	0,1,0,0,2,0,0,0
        is my	0,0,2,1,0,1,0,1
        is no	0,0,3,0,0,0,0,0
        is not	3,3,1,1,0,0,1,1
        is now	0,1,1,0,0,0,0,0
        is peeling	0,2,0,0,0,0,0,0
        is showing	0,1,1,1,0,1,0,1
        is so	0,0,0,0,1,1,0,0
        is still	0,0,0,1,2,1,0,0
        is the	0,3,0,0,0,0,0,0
        is there	0,0,0,1,2,0,0,2
        is working	1,0,0,0,0,1,0,0
        isn't	1,4,2,2,2,2,5,1
        isn't a	0,0,0,0,0,0,5,0
        it	11,22,25,18,18,13,14,13
        it and	1,0,1,0,2,0,1,0
        it at	1,0,1,0,1,0,0,0
        it before	0,0,1,0,3,0,0,1
        it by	0,1,0,0,0,0,0,1
        it checked	0,0,0,0,2,0,0,0
        it has	0,2,1,1,0,0,0,1
        it in	0,0,2,0,0,0,0,0
        it is	0,2,2,1,0,0,0,0
        it isn't	1,2,0,0,0,1,0,0
        it left	0,0,2,0,0,0,0,0
        it off	0,0,0,2,0,0,0,0
        it on	3,0,0,1,0,1,0,0
        it out	2,0,0,0,0,0,0,0
        it to	1,1,3,4,0,1,1,0
        it was	0,0,2,0,0,0,0,0
        it would	0,0,0,0,0,0,5,0
        it'	1,1,0,0,0,0,0,0
        it'd	0,0,0,0,0,0,5,0
        it'd be	0,0,0,0,0,0,4,0
        it's	5,4,6,5,3,4,1,0
        it's a	1,1,0,1,0,0,0,0
        it's been	1,0,0,2,0,0,0,0
        it's going	2,0,0,0,1,0,0,0
        it's not	1,0,1,0,0,0,0,0
        it's now	0,0,1,1,0,0,0,0
        it's the	0,1,0,0,0,2,0,0
        item	0,0,1,1,0,0,0,0
        itself	0,2,0,0,0,0,1,0
        ivr	0,0,0,0,0,0,2,0
        j	0,0,2,0,0,0,0,0
        january	0,1,0,1,0,3,0,0
        january and	0,0,0,1,0,1,0,0
        jar	0,2,0,0,1,0,0,0
        joke	1,1,0,0,0,0,0,0
        joked	1,0,0,0,0,0,0,1
        journalist	0,1,0,1,0,0,0,2
        just	14,10,7,8,5,7,10,6
        just an	0,0,0,0,0,0,3,0
        just letting	0,0,0,0,0,2,0,0
        just like	0,0,1,1,1,0,0,0
        just please	0,0,1,0,0,1,0,0
        just stopped	0,2,0,0,0,0,0,0
        just tell	1,1,0,0,0,0,0,1
        just to	0,0,0,1,0,1,1,0
        just want	5,5,1,2,1,2,0,3
        just wants	0,0,1,1,0,0,0,0
        k	0,0,0,0,0,1,0,1
        keep	0,0,1,1,1,0,3,0
        keeps	2,2,1,0,0,3,0,4
        keeps failing	0,0,0,0,0,1,0,1
        kept	4,1,0,0,0,1,0,1
        kept saying	1,1,0,0,0,0,0,0
        kettle	0,4,0,0,1,0,0,0
        kid	1,0,0,0,1,0,0,0
        kids	0,0,0,0,4,1,2,0
        kids are	0,0,0,0,2,0,0,0
        kids'	0,0,0,0,1,0,1,0
        kind	1,1,0,1,0,0,0,0
        kind of	1,1,0,1,0,0,0,0
        kindly	1,1,2,1,0,1,2,0
        kitchen	0,0,0,0,3,0,0,0
        know	6,1,0,1,4,4,0,4
        know that	2,0,0,0,0,0,0,0
        know the	0,0,0,0,1,2,0,0
        know what	2,0,0,0,0,0,0,0
        know why	0,1,0,0,1,0,0,2
        label	0,1,1,0,2,0,0,0
        lad	1,0,0,0,0,1,0,0
        lady	3,0,1,0,1,0,0,0
        lah	1,1,1,0,0,0,0,0
        lane	0,0,2,0,0,1,1,0
        language	1,0,0,0,0,0,1,0
        laptop	0,3,2,0,0,0,0,0
        last	5,4,0,1,7,2,1,2
        last month	0,0,0,0,1,1,0,0
        last night	0,0,0,0,3,1,0,1
        last week	0,1,0,0,2,0,0,0
        last year	3,1,0,1,0,0,0,0
        late	2,0,1,0,0,0,2,0
        late checkout	0,0,0,0,0,0,2,0
        later	0,0,0,2,0,1,0,0
        laughed	4,0,0,1,0,0,0,0
        laundry	0,0,0,0,0,3,0,0
        laundry machines	0,0,0,0,0,2,0,0
        laundry room	0,0,0,0,0,2,0,0
        lawsuits	0,0,0,1,0,0,1,0
        lawyer	4,1,4,3,0,2,0,5
        lawyer and	0,0,1,0,0,2,0,0
        lawyer has	0,0,1,1,0,0,0,0
        lawyer over	0,0,1,0,0,0,0,2
        lawyer to	0,0,0,1,0,0,0,1
        lawyers	0,1,0,0,0,0,0,2
        leaking	0,3,0,0,2,0,0,0
        leaking from	0,2,0,0,0,0,0,0
        least	0,1,0,0,1,0,0,1
        leather'	0,3,0,0,0,0,0,0
        leaving	0,0,1,0,0,0,1,0
        leeds	0,1,0,1,0,0,0,0
        left	2,5,10,3,2,1,0,0
        left at	0,0,2,0,0,0,0,0
        left it	0,0,2,0,0,0,0,0
        left my	0,0,4,0,0,0,0,0
        left one	0,2,0,0,0,0,0,0
        left the	0,0,2,1,1,0,0,0
        legal	1,1,2,3,1,0,0,3
        legal action	0,1,2,0,1,0,0,1
        legal notice	1,0,0,0,0,0,0,1
        lens	0,2,0,0,0,0,0,0
        let	0,1,0,0,0,0,7,1
        let me	0,0,0,0,0,0,2,1
        let us	0,0,0,0,0,0,4,0
        letter	1,2,1,2,0,0,0,3
        letting	0,0,0,0,0,2,2,0
        letting us	0,0,0,0,0,0,2,0
        letting you	0,0,0,0,0,2,0,0
        level	1,0,0,0,1,2,0,0
        lid	0,4,0,0,0,0,0,0
        lift	1,0,0,0,0,6,0,0
        lift at	0,0,0,0,0,3,0,0
        light	0,0,0,0,3,0,0,0
        lights	0,0,0,0,1,4,1,0
        like	9,6,2,4,2,2,5,1
        like a	1,2,0,0,0,2,0,0
        like it	0,0,1,2,0,0,0,0
        like some	0,0,0,0,0,0,2,0
        like that	3,0,0,0,1,0,1,0
        like you	1,0,0,0,1,0,0,0
        line	6,2,0,2,4,0,1,2
        line went	2,0,0,0,0,0,0,0
        liquid	0,2,0,0,0,0,0,0
        listed	0,1,0,0,1,0,0,0
        literally	1,0,1,0,0,0,0,0
        live	0,0,1,0,1,0,0,1
        lives	0,0,3,0,0,0,0,0
        lives here	0,0,2,0,0,0,0,0
        lobby	0,0,0,0,1,1,0,0
        local	3,0,2,0,3,4,4,0
        local forum	0,0,0,0,0,2,0,0
        local news	2,0,0,0,3,0,0,0
        local paper	0,0,2,0,0,1,0,0
        location	0,0,0,0,0,2,0,0
        locked	0,0,1,0,0,4,0,5
        locked 'for	0,0,0,0,0,2,0,0
        locked after	0,0,0,0,0,0,0,2
        locked for	0,0,0,0,0,1,0,1
        locked out	0,0,0,0,0,0,0,2
        lodged	0,2,3,0,0,2,0,0
        lodged a	0,2,2,0,0,2,0,0
        log	0,0,0,0,0,0,0,3
        log in	0,0,0,0,0,0,0,2
        logs	0,0,0,0,0,0,0,4
        logs me	0,0,0,0,0,0,0,4
        lol	0,0,0,1,0,1,0,0
        look	0,0,1,0,0,0,0,3
        look into	0,0,1,0,0,0,0,2
        looked	1,0,0,0,1,1,0,0
        looking	0,2,1,2,0,0,0,1
        looking to	0,2,1,1,0,0,0,0
        looks	1,0,0,0,0,2,0,0
        looks like	1,0,0,0,0,1,0,0
        loose	0,0,0,0,4,1,0,0
        lost	0,0,6,0,0,0,0,1
        lost two	0,0,2,0,0,0,0,0
        lot	0,1,0,0,0,1,3,3
        lot for	0,0,0,0,0,0,1,1
        lot of	0,0,0,0,0,0,1,2
        loudly	3,0,0,0,0,0,0,0
        love	0,1,0,0,0,0,7,0
        love a	0,0,0,0,0,0,2,0
        love it	0,0,0,0,0,0,2,0
        love the	0,0,0,0,0,0,2,0
        lovely	0,0,1,0,0,0,1,0
        lower	1,0,0,0,0,0,1,0
        loyalty	0,0,0,0,0,0,1,3
        loyalty points	0,0,0,0,0,0,0,2
        luckily	0,1,0,0,2,0,0,0
        luckily i	0,1,0,0,1,0,0,0
        luggage	0,0,2,0,0,0,0,0
        machine	0,1,0,0,0,6,0,0
        machine at	0,0,0,0,0,2,0,0
        machines	0,0,0,0,0,4,0,0
        machines in	0,0,0,0,0,3,0,0
        madam	1,1,0,0,0,0,1,0
        made	0,1,0,2,0,0,0,0
        main	1,0,0,0,0,3,0,0
        main st	0,0,0,0,0,2,0,0
        maintenance	0,0,0,4,0,2,0,0
        maintenance fee'	0,0,0,2,0,0,0,0
        maintenance requests	0,0,0,0,0,2,0,0
        maintenance'	0,0,0,1,0,3,0,0
        make	1,3,3,0,0,0,3,0
        make a	1,1,1,0,0,0,0,0
        make noise	0,2,0,0,0,0,0,0
        makes	0,0,0,0,0,1,0,2
        making	0,2,0,0,0,1,1,0
        making a	0,1,0,0,0,1,0,0
        man	0,0,1,0,2,0,0,0
        management	0,0,0,1,0,3,0,0
        manager	9,0,0,0,0,2,0,0
        many	0,0,0,0,0,1,2,0
        march	0,1,0,5,0,2,0,0
        marked	0,0,2,0,0,0,0,0
        marks	0,0,2,0,0,0,0,0
        mate	1,1,0,1,0,0,0,0
        matter	1,0,1,0,0,0,0,0
        may	0,0,0,1,0,0,0,1
        maybe	0,0,0,0,0,0,5,1
        maybe add	0,0,0,0,0,0,2,0
        me	37,8,8,15,7,4,4,14
        me 'people	0,0,0,1,0,1,0,0
        me a	1,0,0,3,1,1,1,0
        me an	0,0,0,1,1,0,0,0
        me and	3,0,0,0,0,0,0,0
        me for	1,0,0,2,0,0,0,0
        me four	1,0,0,0,0,0,0,1
        me i	3,0,0,0,0,0,0,0
        me on	2,0,0,0,0,0,0,1
        me out	0,0,0,0,1,0,0,5
        me over	1,0,0,0,0,1,0,0
        me people	0,1,0,0,0,1,0,0
        me po	1,0,0,0,0,0,0,1
        me the	1,0,0,1,0,0,0,1
        me to	9,2,1,0,0,0,0,1
        me twice	1,0,0,1,0,0,0,0
        me where	0,0,2,0,0,0,0,0
        media	2,3,1,1,0,2,2,1
        meeting	1,0,0,0,0,1,0,0
        member	1,0,0,0,0,1,0,0
        membership	0,1,0,1,0,1,0,0
        memphis	0,0,2,0,0,0,0,0
        memphis hub	0,0,2,0,0,0,0,0
        mentioned	0,1,0,3,0,0,0,1
        mentioned a	0,1,0,0,0,0,0,1
        mentioned when	0,0,0,2,0,0,0,0
        menu	1,0,0,0,0,0,7,0
        mid	2,0,0,0,0,1,0,1
        middle	0,2,0,0,0,0,0,0
        midnight	0,0,0,0,0,0,1,1
        mine	0,5,4,1,1,0,0,0
        mine is	0,0,1,1,0,0,0,0
        minute	0,1,0,1,0,0,0,0
        minutes	2,3,0,1,0,8,2,0
        minutes and	0,2,0,1,0,1,0,0
        misleading	0,2,0,0,0,0,0,0
        missed	0,0,3,0,0,0,0,1
        missed delivery	0,0,3,0,0,0,0,0
        missing	0,0,5,1,0,0,1,0
        mocked	3,0,0,0,0,0,0,0
        mocked my	3,0,0,0,0,0,0,0
        mode	0,0,0,0,0,0,2,0
        model	0,1,0,0,1,0,0,0
        model and	0,1,0,0,1,0,0,0
        monday	0,0,4,0,0,0,0,2
        monitor	0,0,3,0,0,0,0,0
        monitor inside	0,0,3,0,0,0,0,0
        month	0,5,1,5,1,5,1,0
        month and	0,1,0,0,0,1,0,0
        month for	0,0,0,1,0,0,1,0
        monthly	0,0,0,0,0,0,2,0
        months	0,2,1,4,1,6,0,4
        months with	0,0,0,1,0,0,0,1
        months without	0,0,0,1,0,0,0,1
        more	1,0,0,0,0,0,5,0
        more than	0,0,0,0,0,0,2,0
        morning	4,2,0,2,4,0,2,2
        morning and	1,0,0,0,4,0,0,1
        mother	2,1,0,0,1,0,0,0
        motor	0,3,0,0,0,0,0,0
        move	0,0,1,0,0,0,0,2
        move my	0,0,0,0,0,0,0,2
        moved	0,0,2,1,2,0,0,0
        moved since	0,0,2,0,0,0,0,0
        mum	0,0,0,0,2,0,0,0
        must	0,0,0,1,0,1,0,0
        my	35,11,41,40,32,18,14,40
        my accent	4,0,0,0,0,0,0,0
        my account	0,0,0,2,0,0,0,9
        my attorney	0,1,0,0,1,2,0,0
        my bill	0,0,0,2,0,0,0,0
        my brother	0,1,0,1,0,0,0,0
        my business	0,0,0,0,0,0,0,2
        my car	0,0,0,1,0,3,0,0
        my card	0,0,1,3,0,2,0,0
        my colleague	1,0,1,0,0,0,1,1
        my connecting	0,0,0,0,0,0,0,2
        my contract	0,0,0,1,0,0,1,0
        my cousin	0,1,0,0,1,0,0,1
        my daughter	2,0,0,0,3,0,0,0
        my elderly	2,0,0,0,0,0,0,0
        my entire	0,0,0,0,0,2,0,1
        my father	0,0,0,0,0,2,1,0
        my flight	0,0,0,0,0,0,0,5
        my home	0,0,0,0,0,0,0,2
        my house	0,0,1,1,0,0,0,0
        my kids	0,0,0,0,1,1,0,0
        my late	2,0,0,0,0,0,0,0
        my lawyer	1,0,2,1,0,0,0,4
        my luggage	0,0,2,0,0,0,0,0
        my membership	0,0,0,1,0,1,0,0
        my mother	1,1,0,0,1,0,0,0
        my mum	0,0,0,0,2,0,0,0
        my neighbour	2,0,0,1,0,0,1,1
        my new	0,0,2,0,0,1,0,1
        my old	0,0,3,0,0,0,0,0
        my order	0,0,4,0,0,0,0,0
        my package	0,0,6,0,0,0,0,0
        my parcel	1,0,8,0,0,0,0,0
        my passport	1,0,0,0,0,1,0,0
        my problem'	2,0,0,0,0,0,0,0
        my profile	0,0,0,0,0,0,1,1
        my replacement	0,0,1,0,1,0,0,0
        my salad	0,0,0,0,2,0,0,0
        my shopping	0,0,0,0,1,0,0,1
        my sister	1,2,0,0,0,0,0,0
        my solicitor	0,1,0,3,2,0,0,0
        my son	0,1,0,0,5,0,1,0
        my son's	0,0,0,0,0,0,1,1
        my statement	0,0,0,4,0,0,0,0
        my street	0,0,1,0,0,0,1,0
        my style	0,0,0,3,0,0,0,0
        my upgrade	0,1,1,0,0,0,0,0
        my wrist	0,0,0,0,3,0,0,0
        myself	0,0,1,1,0,0,0,0
        name	3,0,0,0,0,0,1,1
        named	0,1,1,0,0,0,0,0
        near	0,1,0,0,0,1,2,0
        near the	0,0,0,0,0,1,2,0
        need	3,0,1,1,2,0,0,0
        need to	2,0,0,0,2,0,0,0
        needs	0,0,0,0,1,0,1,0
        neighbour	2,0,0,1,0,0,1,1
        neighbour said	1,0,0,0,0,0,0,1
        netball	0,1,0,0,0,0,1,0
        never	3,2,1,9,1,0,0,1
        never been	1,1,0,0,0,0,0,0
        never made	0,0,0,2,0,0,0,0
        new	0,3,4,0,0,3,1,6
        new handset	0,1,1,0,0,0,0,0
        new store	0,0,0,0,0,1,1,0
        newborn	0,0,0,0,0,2,0,0
        news	2,1,1,1,4,1,0,2
        news story	0,0,0,0,2,0,0,0
        news that	0,0,1,1,0,0,0,1
        next	2,2,2,0,4,1,0,2
        next door	0,0,1,0,0,1,0,0
        next to	0,0,0,0,3,0,0,0
        next week	0,2,0,0,0,0,0,2
        nice	0,0,0,0,0,0,3,0
        night	1,0,0,4,3,4,2,3
        night manager	1,0,0,0,0,1,0,0
        night shifts	0,0,0,0,0,0,1,2
        nights	0,0,0,0,0,1,1,0
        nine	1,0,0,0,0,1,0,0
        no	2,1,10,6,7,11,2,8
        no card	0,0,2,0,0,0,0,0
        no explanation	0,0,0,0,0,0,0,2
        no heating	0,0,0,0,0,2,0,0
        no hot	0,0,0,0,0,2,0,0
        no interest	0,0,0,1,0,0,0,1
        no need	2,0,0,0,0,0,0,0
        no one	0,0,0,0,3,1,1,0
        no rebooking	0,0,0,0,0,0,0,2
        no safe	0,0,3,0,0,0,0,0
        nobody	0,2,6,2,5,3,1,2
        nobody at	0,0,2,0,0,0,0,0
        nobody called	0,0,2,0,0,0,0,0
        nobody got	0,0,0,0,2,0,0,0
        nobody has	0,0,1,0,0,1,0,0
        nobody is	0,0,0,0,0,1,1,0
        nobody mentioned	0,0,0,2,0,0,0,0
        nobody was	0,0,0,0,2,0,0,0
        nobody's	0,0,0,0,2,0,0,0
        noise	0,3,0,0,0,1,2,0
        noise on	0,2,0,0,0,0,0,0
        non	0,2,0,0,1,0,1,0
        not	15,17,14,16,8,15,14,15
        not a	2,1,0,0,1,0,2,2
        not about	0,1,0,0,0,0,0,1
        not after	1,0,0,0,1,0,0,0
        not calling	0,1,1,0,1,0,0,0
        not go	0,0,0,1,0,0,0,1
        not going	5,3,3,5,1,6,3,2
        not gonna	1,0,0,0,0,0,0,1
        not in	0,0,1,1,0,0,0,0
        not in'	0,0,2,0,0,0,0,0
        not looking	0,2,1,1,0,0,0,0
        not my	1,0,0,1,0,0,0,1
        not ok	2,0,0,0,0,0,0,0
        not planning	0,0,1,1,0,1,0,1
        not reporting	0,0,0,0,1,0,1,0
        not suing	0,0,0,1,1,0,0,0
        not taking	0,0,0,2,1,0,1,0
        not threatening	0,2,1,1,0,0,2,0
        not trying	0,1,0,1,0,1,1,0
        nothing	2,1,1,0,1,0,0,2
        nothing for	1,0,1,0,0,0,0,0
        notice	1,2,0,2,0,0,0,7
        notice and	0,0,0,0,0,0,0,4
        now	0,1,11,3,4,4,1,3
        now been	0,0,2,0,0,0,0,0
        now complained	0,0,0,1,0,1,0,0
        now i	0,0,1,0,0,0,0,1
        now it's	0,0,2,0,0,0,1,0
        nowhere	0,1,0,2,0,0,0,0
        nowhere in	0,0,0,2,0,0,0,0
        nuggets	0,0,0,0,2,0,0,0
        number	1,1,2,1,0,1,1,2
        obviously	0,1,0,0,0,1,0,1
        of	15,13,14,17,18,17,21,6
        of a	2,0,0,0,0,0,0,0
        of dead	0,2,0,0,0,0,0,0
        of gas	0,0,0,0,2,0,0,0
        of glass	0,0,0,0,3,0,0,0
        of it	1,0,0,0,1,1,0,0
        of my	0,0,3,0,0,0,0,2
        of only	0,0,0,0,0,0,2,0
        of order	0,0,0,0,0,3,0,0
        of order'	0,0,0,0,0,2,0,0
        of other	3,0,0,0,0,0,0,0
        of people	0,1,1,0,0,0,0,1
        of plastic	0,0,0,0,0,0,2,0
        of rs	0,0,0,2,0,0,0,0
        of service'	0,0,0,0,0,3,0,0
        of that	0,0,0,0,0,0,2,0
        of the	1,1,3,1,1,4,1,0
        of them	0,1,0,1,0,1,0,0
        of transportation	0,0,1,1,0,0,0,1
        of us	2,0,0,0,0,0,4,0
        of your	2,0,0,1,7,1,1,0
        ofcom	1,0,1,3,0,0,1,1
        off	0,8,4,3,2,3,1,1
        off after	0,4,0,0,0,0,0,0
        off the	0,0,1,1,1,1,0,0
        offer	0,1,1,0,0,0,1,0
        offered	0,0,0,0,0,0,1,2
        office	3,0,3,2,0,0,1,1
        office and	1,0,0,1,0,0,0,0
        officer	1,0,0,0,1,0,1,1
        ofgem	0,0,0,2,0,1,0,0
        ok	2,0,0,0,0,0,0,0
        old	2,1,4,0,1,1,0,1
        old address	0,0,3,0,0,0,0,0
        ombudsman	5,0,2,7,0,7,3,2
        ombudsman and	2,0,0,2,0,1,0,1
        ombudsman or	2,0,0,0,0,0,1,0
        ombudsman over	0,0,0,1,0,1,0,0
        on	25,23,17,28,26,21,22,16
        on a	1,0,1,2,3,3,1,0
        on an	0,0,1,1,2,0,0,0
        on day	0,3,0,0,0,0,0,0
        on facebook	0,1,2,0,0,0,0,0
        on her	0,0,1,0,1,0,0,0
        on his	0,0,0,1,1,1,0,0
        on hold	2,0,0,0,0,0,0,0
        on it	0,3,0,1,2,2,0,0
        on level	0,0,0,0,1,1,0,0
        on me	6,0,0,0,0,0,0,0
        on monday	0,0,2,0,0,0,0,0
        on my	2,0,2,8,2,0,1,0
        on night	0,0,0,0,0,0,0,2
        on one	0,0,1,0,2,0,0,0
        on our	1,0,0,1,1,0,0,0
        on reddit	0,0,2,1,0,0,0,1
        on social	0,1,0,0,0,1,0,0
        on that	0,0,0,0,1,1,0,0
        on the	5,9,6,9,6,4,12,2
        on their	0,0,0,0,0,2,0,0
        on this	0,1,0,1,2,0,0,0
        on tiktok	3,0,0,0,0,1,0,0
        on twitter	0,0,0,1,0,0,0,1
        on video	2,0,0,0,0,0,0,0
        on x	0,0,1,0,0,0,0,1
        on your	1,1,0,0,2,1,2,3
        once	0,2,1,1,0,0,3,1
        once a	0,0,0,0,0,0,2,0
        once had	0,0,1,0,0,0,1,0
        one	3,18,4,5,12,5,5,3
        one at	0,2,0,0,0,0,0,0
        one day	0,0,0,1,1,0,0,0
        one delivery	0,0,0,0,0,0,2,0
        one i	0,2,0,0,0,0,0,0
        one in	0,1,0,0,0,2,0,0
        one of	1,0,0,2,4,1,0,0
        one was	0,0,0,0,3,1,0,0
        one week	0,2,0,0,0,0,0,0
        ones	0,1,0,0,0,0,2,0
        online	1,3,0,0,0,1,2,3
        online banking	0,0,0,0,0,0,0,2
        only	1,2,2,5,0,6,3,4
        only accessible	0,0,0,0,0,3,0,0
        only one	0,0,0,0,0,3,1,0
        onto	0,0,0,0,0,1,0,1
        open	0,2,2,1,3,4,2,0
        open a	0,0,0,1,0,0,1,0
        open and	0,0,0,0,0,2,0,0
        open with	0,0,0,0,2,0,0,0
        opened	0,0,0,0,1,0,2,0
        opened at	0,0,0,0,0,0,2,0
        option	0,0,0,0,0,0,6,1
        option to	0,0,0,0,0,0,2,0
        options	0,0,0,0,0,0,2,0
        or	5,7,3,3,2,3,5,3
        or a	0,0,0,1,1,0,0,1
        or anything	4,5,1,2,0,2,3,1
        or go	0,1,1,0,0,0,0,0
        or madam	0,1,0,0,0,0,1,0
        order	0,0,5,3,0,3,1,0
        order for	0,0,0,0,0,2,0,0
        order was	0,0,2,0,0,0,0,0
        order'	0,0,0,0,0,2,0,0
        ordered	0,6,1,0,0,0,0,0
        ordered a	0,4,0,0,0,0,0,0
        other	5,0,0,0,1,3,1,1
        other customers	2,0,0,0,0,0,0,0
        other parents	0,0,0,0,1,1,0,0
        our	3,0,1,1,7,3,3,3
        our front	1,0,0,0,0,0,1,0
        out	6,5,3,2,8,12,3,7
        out and	0,0,0,0,1,1,0,0
        out every	0,2,0,0,0,0,0,5
        out for	1,0,0,0,0,2,0,0
        out halfway	1,0,0,0,0,0,1,0
        out of	0,0,0,1,1,8,0,2
        out on	0,1,1,0,0,0,0,0
        out the	0,0,0,0,0,0,1,1
        out to	0,0,2,0,0,0,0,0
        outlet	1,1,0,0,0,0,0,0
        outside	0,0,0,1,5,1,1,0
        outside the	0,0,0,0,2,1,1,0
        over	3,10,11,6,2,8,3,6
        over a	0,4,3,0,1,0,0,1
        over fake	0,2,0,0,0,0,0,0
        over it	0,0,0,0,0,2,0,1
        over the	0,0,3,2,0,1,1,1
        over these	0,2,0,0,0,0,0,0
        over this	1,1,2,1,0,2,1,1
        overdraft	0,0,0,4,0,0,0,0
        overdraft fee	0,0,0,2,0,0,0,0
        overdraft fees	0,0,0,2,0,0,0,0
        own	1,2,0,1,0,2,0,3
        package	0,0,6,2,0,0,1,0
        package has	0,0,2,0,0,0,0,0
        page	0,0,0,1,0,0,2,2
        pages	0,1,0,0,0,0,1,0
        paid	1,1,0,1,0,1,0,0
        paid for	0,0,0,1,0,1,0,0
        pair	0,2,0,0,0,0,0,0
        pair of	0,2,0,0,0,0,0,0
        paper	0,0,2,0,1,2,4,0
        papers	1,1,0,1,0,1,0,1
        paralegal	0,1,0,1,0,1,0,0
        parcel	2,0,12,0,0,0,0,0
        parcel at	0,0,2,0,0,0,0,0
        parcel was	0,0,2,0,0,0,0,0
        parcels	0,0,5,0,0,0,0,0
        parents	0,0,0,0,1,1,1,0
        park	1,0,0,1,1,5,0,0
        park barrier	0,0,0,0,0,2,0,0
        parked	1,0,0,1,1,0,0,0
        parking	0,0,0,0,0,4,0,1
        passed	0,0,0,2,0,0,0,0
        passport	1,0,0,0,0,1,0,0
        password	0,0,0,0,0,0,0,5
        password reset	0,0,0,0,0,0,0,3
        pay	0,0,1,0,0,0,2,1
        paying	0,0,0,0,0,1,0,1
        payments	0,0,0,1,0,0,1,0
        peeling	0,5,0,0,0,0,0,0
        peeling at	0,2,0,0,0,0,0,0
        peeling off	0,2,0,0,0,0,0,0
        pending	0,0,0,4,0,0,0,0
        people	3,3,1,0,1,1,3,2
        people in	0,1,0,0,0,0,1,1
        people who	1,0,0,0,0,0,1,0
        person	2,0,0,1,0,0,0,1
        personal	1,0,0,0,1,0,0,0
        pharmacist	2,0,0,0,0,0,0,0
        pharmacy	1,0,0,0,0,0,1,0
        phone	1,6,4,3,1,0,2,1
        phone is	0,1,1,0,0,0,0,0
        phone line	0,0,0,1,0,0,1,0
        phone that	0,1,1,0,0,0,0,0
        photo	0,0,1,0,0,0,1,0
        photos	0,3,1,2,0,1,1,1
        photos to	0,1,0,0,0,1,0,0
        pick	0,0,0,0,0,0,3,0
        pick a	0,0,0,0,0,0,3,0
        piece	0,1,0,0,3,1,1,0
        piece of	0,0,0,0,2,0,0,0
        pixels	0,3,0,0,0,0,0,0
        place	0,1,3,0,0,0,0,0
        place'	0,0,3,0,0,0,0,0
        plain	0,0,0,0,0,0,1,1
        plan	0,0,0,2,1,0,1,1
        planning	0,0,2,1,0,1,0,1
        planning to	0,0,1,1,0,1,0,1
        plastic	0,2,0,0,3,1,2,0
        plastic piece	0,0,0,0,1,1,0,0
        platform	0,0,0,0,2,0,1,2
        please	1,3,4,6,8,2,5,3
        please add	0,0,0,0,0,0,2,0
        please fix	0,0,0,0,1,1,0,1
        please get	0,0,0,0,2,0,0,0
        please refund	0,0,0,2,0,0,0,0
        please send	0,0,1,0,1,0,0,0
        please swap	0,1,0,0,1,0,0,0
        please tell	0,0,1,0,0,0,0,1
        plenty	0,0,0,0,0,0,2,0
        plenty of	0,0,0,0,0,0,2,0
        po	1,1,0,0,1,1,1,1
        points	0,0,0,0,0,0,0,3
        poisoning	0,0,0,0,2,0,0,0
        police	6,1,10,1,8,4,5,1
        police about	1,0,1,0,0,0,0,0
        police and	0,0,0,0,1,2,1,0
        police officer	1,0,0,0,0,0,1,1
        police over	0,0,1,0,1,0,0,0
        police report	1,0,2,0,0,0,1,0
        police station	0,0,3,0,1,0,0,0
        policy	0,0,0,0,0,0,0,6
        pool	0,0,0,1,2,2,0,0
        pool changing	0,0,0,0,1,1,0,0
        porch	1,0,0,0,0,0,1,0
        post	0,1,1,0,0,0,2,0
        posted	0,0,2,0,0,0,0,1
        posting	1,0,0,1,0,1,1,0
        posts	0,0,1,0,0,0,1,0
        pounds	0,0,0,2,0,0,0,0
        power	1,0,0,0,0,0,1,0
        premium	0,1,0,1,0,0,0,0
        prescriptions	1,0,0,0,0,0,1,0
        press	1,1,1,0,1,3,1,3
        pretty	0,1,0,0,0,0,0,1
        price	0,1,0,1,0,0,1,0
        printed	0,0,1,0,0,0,1,0
        problem'	3,0,0,0,0,0,0,0
        profile	0,0,0,0,0,0,1,1
        projector	0,0,0,0,0,2,0,0
        promised	0,2,0,1,0,0,0,0
        proper	2,1,1,0,0,0,0,0
        properly	0,0,1,0,2,0,0,0
        property	0,0,0,1,0,1,0,0
        protection	0,1,0,2,0,1,1,1
        protection agency	0,1,0,1,0,1,0,0
        protection office	0,0,0,1,0,0,1,1
        public	0,1,0,1,0,0,0,0
        purchased	0,2,0,0,0,0,0,0
        put	2,0,0,0,1,2,5,1
        put a	0,0,0,0,0,0,2,0
        put it	0,0,0,0,1,1,0,0
        put me	1,0,0,0,0,0,0,1
        putting	0,0,0,0,0,2,1,0
        quality	0,3,0,0,0,0,0,0
        queried	2,0,0,0,0,0,0,0
        queried a	2,0,0,0,0,0,0,0
        question	3,0,0,0,0,0,0,0
        question and	2,0,0,0,0,0,0,0
        queue	1,0,0,0,1,0,2,0
        quiet	0,0,0,0,0,0,2,0
        rail	0,0,0,0,0,1,0,1
        rail ombudsman	0,0,0,0,0,1,0,1
        rain	0,0,3,0,0,0,0,0
        ramp	1,0,0,0,0,3,1,0
        ramp at	0,0,0,0,0,1,1,0
        ran	0,0,0,0,2,0,1,0
        ran a	0,0,0,0,1,0,1,0
        rang	4,0,1,0,0,0,0,0
        rather	2,0,0,1,0,0,3,1
        rather not	0,0,0,1,0,0,0,1
        rather than	0,0,0,0,0,0,2,0
        rd	2,0,2,1,0,0,0,0
        re	2,1,2,2,1,1,0,1
        read	1,3,1,1,1,2,1,0
        read on	0,0,1,0,1,2,0,0
        reading	0,0,0,0,0,1,1,0
        ready	0,0,0,0,0,0,2,0
        real	1,0,0,0,0,0,1,0
        really	1,0,0,1,2,0,2,0
        reason	1,0,0,2,0,0,0,1
        rebooking	0,0,0,0,0,0,0,2
        rebooking offered	0,0,0,0,0,0,0,2
        recall	0,0,0,0,2,0,0,0
        recalled	0,1,0,0,1,0,0,0
        receipt	2,0,0,0,0,0,0,0
        received	0,0,1,0,0,0,0,1
        reckons	0,0,0,2,0,0,0,0
        recorded	2,0,0,0,0,0,0,0
        recording	3,0,0,0,0,0,0,0
        red	0,0,0,0,2,0,0,0
        red light	0,0,0,0,2,0,0,0
        reddit	0,1,2,1,0,0,0,1
        reference	1,0,1,1,0,1,1,0
        reference number	1,0,0,1,0,1,0,0
        referred	2,0,0,1,0,0,0,1
        referred the	0,0,0,1,0,0,0,1
        referred this	2,0,0,0,0,0,0,0
        refund	1,2,1,7,0,0,0,0
        refund for	0,0,0,2,0,0,0,0
        refunded	0,0,1,3,0,0,0,0
        refuse	0,0,0,0,0,0,0,2
        refuse to	0,0,0,0,0,0,0,2
        refused	7,0,0,0,0,1,0,1
        refused to	6,0,0,0,0,1,0,1
        refusing	0,0,1,0,0,0,0,2
        regulator	0,0,0,0,0,0,3,0
        regulators	0,0,0,0,0,0,0,2
        remote	0,2,0,0,0,0,0,0
        remove	0,0,0,2,0,0,0,0
        remove the	0,0,0,2,0,0,0,0
        rental	0,0,0,3,1,0,0,0
        rep	2,1,1,0,0,0,0,0
        repair	0,1,1,0,0,1,0,0
        repeat	2,0,0,0,0,0,0,0
        replaced	0,2,0,0,0,0,0,0
        replacement	0,7,1,0,1,0,0,0
        report	5,0,3,1,1,1,2,4
        report this	0,0,1,0,0,1,0,1
        report you	2,0,0,1,0,0,0,1
        report your	2,0,0,0,0,0,0,0
        reported	3,4,3,4,0,2,0,2
        reported it	0,0,2,2,0,1,0,0
        reported the	0,2,0,0,0,0,0,0
        reported this	2,1,1,1,0,1,0,1
        reported your	1,1,0,0,0,0,0,1
        reporter	2,1,1,0,1,0,0,1
        reporting	1,1,0,0,2,0,1,2
        reporting it	0,1,0,0,1,0,0,0
        request	0,1,0,1,0,1,1,0
        requesting	0,0,0,1,1,0,0,0
        requests	0,0,0,0,0,3,0,0
        rescheduled	0,0,1,0,0,0,0,1
        reset	0,0,0,0,0,0,0,5
        resort	0,0,0,2,0,0,0,0
        restaurant	1,0,0,0,1,0,0,0
        restroom	0,0,0,0,1,1,0,0
        retention	1,0,0,0,0,0,1,0
        return	0,0,1,0,0,0,0,1
        returned	0,1,1,3,0,0,0,0
        returns	2,0,0,0,0,0,0,1
        returns desk	2,0,0,0,0,0,0,0
        reversal	0,0,0,2,0,0,0,0
        reversed	0,0,0,5,1,0,0,0
        review	0,1,0,0,0,1,2,1
        reviewed	0,0,0,1,0,0,0,1
        reviews	0,1,0,0,0,0,0,1
        rice	0,0,0,0,2,0,0,0
        rider	0,0,2,0,0,0,0,0
        right	0,2,2,0,6,0,1,0
        right by	0,0,2,0,0,0,0,0
        right now	0,0,0,0,3,0,1,0
        ring	1,0,1,0,0,1,0,0
        road	0,0,3,0,3,0,1,1
        roaming	1,0,0,3,0,0,0,0
        roaming charge	1,0,0,1,0,0,0,0
        rolled	4,0,0,0,0,0,0,0
        rolled her	2,0,0,0,0,0,0,0
        rolled his	2,0,0,0,0,0,0,0
        rolling	1,0,0,0,0,1,0,0
        roof	0,0,0,0,0,1,0,1
        room	0,0,1,1,3,10,0,1
        room and	0,0,1,0,1,1,0,0
        room'	0,0,0,0,0,2,0,0
        route	1,0,0,0,1,0,0,0
        router	1,1,1,1,1,0,0,0
        row	0,0,2,0,0,1,0,0
        rs	0,0,0,2,0,0,0,0
        rude	5,0,0,0,0,0,0,0
        run	0,0,0,0,0,2,1,0
        running	0,0,1,0,0,0,1,0
        rusting	0,2,0,0,0,0,0,0
        rusting inside	0,2,0,0,0,0,0,0
        s	0,0,0,1,0,0,1,0
        safe	0,0,3,0,0,1,0,0
        safe place	0,0,3,0,0,0,0,0
        safe place'	0,0,3,0,0,0,0,0
        safe'	0,0,0,0,2,0,0,0
        said	12,4,7,5,3,2,1,6
        said 'go	1,1,1,0,0,0,0,0
        said 'not	2,0,0,0,0,0,0,0
        said 'out	0,0,3,0,0,0,0,0
        said a	0,0,0,1,1,0,0,1
        said he	0,0,2,0,0,0,0,0
        said he'd	1,0,0,0,0,0,1,0
        said i	1,1,0,0,1,0,0,0
        said one	0,0,0,1,1,0,0,0
        said she	1,0,1,2,0,0,0,1
        said they'd	1,2,0,0,0,0,0,1
        salad	0,0,0,0,2,0,0,0
        sales	1,0,1,1,0,0,0,0
        same	3,4,0,9,4,1,1,3
        same order	0,0,0,2,0,0,0,0
        saturday	0,0,0,0,1,1,0,1
        sauna	0,0,0,0,0,2,0,0
        save	0,0,0,0,0,0,4,0
        save more	0,0,0,0,0,0,2,0
        saw	0,2,1,1,0,0,1,2
        saw a	0,2,0,0,0,0,1,0
        saw on	0,0,1,0,0,0,0,1
        say	4,0,0,0,1,1,0,2
        say i	2,0,0,0,0,0,0,0
        saying	5,3,2,0,0,1,0,3
        saying they'll	0,0,0,0,0,1,0,1
        saying your	0,2,0,0,0,0,0,1
        says	4,2,4,5,0,1,1,6
        says a	1,0,1,0,0,0,0,0
        says she	1,1,0,0,0,0,0,1
        school	0,0,0,0,3,0,0,0
        school's	0,0,0,0,0,1,0,1
        scolded	2,0,0,0,0,0,0,0
        screen	0,2,0,0,1,2,2,1
        screening	0,0,0,0,0,0,1,1
        screens	0,0,0,0,0,0,4,0
        screenshots	0,0,0,2,0,0,0,1
        screenshots to	0,0,0,1,0,0,0,1
        seam	0,2,0,0,0,0,0,0
        season	0,1,0,0,0,0,0,1
        seat	1,0,0,0,2,0,1,1
        seats	0,0,0,1,0,2,0,0
        second	0,4,0,0,0,0,0,0
        second one	0,2,0,0,0,0,0,0
        security	1,0,0,0,0,1,0,1
        security guard	1,0,0,0,0,1,0,0
        see	1,0,1,2,0,0,1,1
        self	0,0,0,0,1,1,1,0
        send	0,1,2,0,1,0,2,0
        send a	0,1,0,0,0,0,2,0
        sending	1,0,0,1,0,0,0,0
        sense	0,0,1,0,0,0,0,1
        sent	0,3,4,1,0,1,1,1
        sent the	0,1,0,1,0,0,1,0
        sent to	0,0,3,0,0,0,0,0
        sentence	2,0,0,0,0,0,0,0
        separate	0,0,0,0,0,0,3,0
        service	2,1,0,1,0,2,2,1
        service'	0,0,0,0,0,3,0,0
        service' for	0,0,0,0,0,2,0,0
        services	0,0,2,0,0,0,0,0
        serving	1,0,0,0,1,0,0,0
        set	0,0,0,0,1,0,3,0
        settings	0,1,0,0,0,0,1,0
        shard	0,0,0,0,2,0,0,0
        shard of	0,0,0,0,2,0,0,0
        sharing	0,0,0,0,2,0,0,0
        she	9,2,3,2,1,0,1,3
        she called	2,0,0,0,0,0,0,0
        she is	1,0,1,0,1,0,0,0
        she once	0,0,0,0,0,0,1,1
        she reported	1,0,0,1,0,0,0,0
        she'll	2,0,0,0,0,0,0,0
        she'll report	2,0,0,0,0,0,0,0
        she's	1,0,0,0,1,0,0,0
        shifts	0,0,0,0,0,0,2,2
        shipped	0,0,2,0,0,0,0,0
        shock	0,0,0,0,5,0,0,0
        shock from	0,0,0,0,3,0,0,0
        shop	0,2,0,0,1,0,0,0
        shoppers	1,0,0,0,1,0,0,0
        shopping	0,0,0,0,1,0,0,1
        short	2,0,0,0,0,0,0,0
        should	5,1,0,1,3,2,3,0
        should go	1,1,0,0,0,0,0,0
        should know	1,0,0,0,1,1,0,0
        shouted	4,0,0,0,0,0,0,0
        shouted at	3,0,0,0,0,0,0,0
        shouting	2,0,0,0,0,0,0,0
        show	0,1,0,0,0,0,3,0
        show the	0,1,0,0,0,0,2,0
        showed	0,0,2,0,0,1,1,0
        showed up	0,0,2,0,0,0,0,0
        showers	0,0,0,0,0,3,0,0
        showing	0,2,1,2,1,1,0,2
        shown	0,0,0,2,0,1,0,0
        shows	0,1,2,2,0,0,0,2
        shows my	0,0,1,1,0,0,0,0
        shows up	0,1,0,1,0,0,0,0
        shut	0,0,0,0,3,1,0,0
        side	1,0,2,0,0,1,0,0
        sighed	5,0,0,0,0,0,0,0
        sighed loudly	3,0,0,0,0,0,0,0
        sign	0,0,0,1,1,1,0,0
        signal	0,0,0,0,0,1,1,0
        signed	0,0,1,4,0,0,0,0
        signed up	0,0,0,3,0,0,0,0
        sim	0,0,1,0,0,1,0,1
        simple	1,0,0,0,0,0,1,0
        simply	1,1,0,2,1,0,2,1
        simply like	1,0,0,0,0,0,1,0
        simply want	0,0,0,1,0,0,0,1
        since	1,0,7,1,0,7,0,5
        since it	0,0,2,0,0,0,0,0
        since january	0,0,0,0,0,3,0,0
        since march	0,0,0,0,0,2,0,0
        since the	1,0,1,1,0,0,0,0
        single	1,0,0,1,0,1,0,1
        sir	1,1,1,1,0,0,1,0
        sir or	0,1,0,0,0,0,1,0
        sister	1,2,0,0,0,0,0,0
        sitting	0,0,4,0,0,0,0,0
        sitting at	0,0,2,0,0,0,0,0
        six	0,1,4,1,1,2,0,0
        six days	0,0,2,0,0,0,0,0
        six weeks	0,1,0,0,0,1,0,0
        slipped	0,0,0,0,2,0,0,0
        slipped on	0,0,0,0,2,0,0,0
        small	2,8,2,3,3,0,1,1
        small children	0,0,0,0,2,0,0,0
        small claims	0,8,1,3,0,0,0,1
        smashed	0,0,2,0,0,0,0,0
        smell	0,0,0,0,4,0,0,0
        smell of	0,0,0,0,2,0,0,0
        smells	0,1,0,0,0,1,0,0
        snapped	0,3,1,0,0,1,0,0
        snapped off	0,1,0,0,0,1,0,0
        sneakers	0,2,0,0,0,0,0,0
        so	7,1,3,4,5,7,3,3
        so i	3,0,0,1,0,0,0,3
        so i've	0,0,0,2,0,2,1,0
        soaked	0,1,2,0,0,0,0,0
        soaked through	0,1,2,0,0,0,0,0
        social	1,1,0,0,0,1,1,1
        social media	1,1,0,0,0,1,1,1
        sofa	0,2,3,0,0,0,0,0
        sold	0,4,0,0,0,0,0,0
        sold me	0,2,0,0,0,0,0,0
        solicitor	3,1,0,4,2,1,0,0
        solicitor has	0,0,0,1,1,0,0,0
        solicitor is	0,0,0,1,1,0,0,0
        some	1,0,1,1,0,0,3,0
        somebody	0,0,0,0,2,0,0,0
        someone	4,1,3,5,4,4,1,5
        someone explain	0,0,0,0,0,0,0,2
        someone had	0,0,0,0,0,2,0,0
        someone to	3,0,0,2,0,0,0,0
        someone's	0,0,0,0,3,0,0,0
        something	0,1,0,0,0,1,2,1
        somewhere	0,0,1,0,0,0,0,1
        son	1,1,0,0,6,0,1,0
        son's	0,0,0,0,0,0,1,1
        soon	0,0,0,2,0,0,0,0
        sort	2,0,0,0,0,0,0,0
        sort it	2,0,0,0,0,0,0,0
        sour	0,2,0,0,0,0,0,0
        speaker	0,1,0,0,0,1,0,0
        speaking	2,0,1,0,0,0,0,0
        speaking to	2,0,1,0,0,0,0,0
        spent	1,0,0,0,1,0,0,0
        spicy	0,0,0,0,1,0,1,0
        split	0,2,0,0,0,0,1,0
        spoke	2,0,0,0,0,0,0,0
        spoke to	2,0,0,0,0,0,0,0
        sponsor	0,0,0,0,0,0,2,0
        sponsor the	0,0,0,0,0,0,2,0
        spotless	0,0,0,2,0,0,0,0
        st	1,0,0,0,1,2,0,1
        st location	0,0,0,0,0,2,0,0
        staff	3,1,1,1,4,3,0,0
        staff are	0,0,0,0,1,1,0,0
        staff told	0,0,0,1,1,1,0,0
        stainless	0,2,0,0,0,0,0,0
        standards	0,7,2,0,0,2,0,0
        star	2,0,0,0,0,0,0,0
        start	1,1,0,0,0,1,0,0
        started	0,2,0,1,1,0,0,0
        state	1,0,1,1,0,2,2,1
        state attorney	1,0,1,1,0,1,1,1
        statement	0,0,0,6,1,0,0,0
        states	4,1,1,1,2,0,0,0
        states he	0,1,0,1,0,0,0,0
        states the	2,0,0,0,1,0,0,0
        station	1,0,3,0,2,4,0,0
        station has	0,0,0,0,0,3,0,0
        stay	0,0,0,0,1,2,0,0
        steel'	0,2,0,0,0,0,0,0
        step	0,0,1,0,0,1,0,0
        stick	0,3,0,0,0,0,0,0
        sticker	0,2,0,0,0,0,0,0
        sticker on	0,2,0,0,0,0,0,0
        still	4,3,2,6,2,5,0,0
        still broken	0,0,0,0,0,2,0,0
        still typing	2,0,0,0,0,0,0,0
        still waiting	0,0,0,2,0,0,0,0
        stock	0,0,0,0,1,0,1,0
        stop	0,0,1,0,0,0,1,0
        stopped	0,5,0,0,0,0,0,0
        stopped charging	0,2,0,0,0,0,0,0
        stopped working	0,3,0,0,0,0,0,0
        stops	0,1,0,0,0,1,1,0
        store	3,6,0,0,4,6,5,0
        store and	0,2,0,0,1,0,0,0
        store is	0,0,0,0,1,1,0,0
        store to	1,1,0,0,0,0,0,0
        story	0,0,1,0,3,0,0,0
        straight	0,0,1,0,3,0,0,0
        straits	0,0,1,0,0,1,1,0
        straits times	0,0,1,0,0,1,1,0
        stranger	0,0,1,0,0,0,0,1
        street	1,0,1,1,3,3,2,0
        street branch	1,0,0,1,1,3,0,0
        strong	0,0,0,0,2,0,0,0
        strong smell	0,0,0,0,2,0,0,0
        stuck	0,0,1,0,0,3,0,1
        stuck open	0,0,0,0,0,2,0,0
        studio	0,0,1,0,0,0,0,1
        style	0,0,0,3,0,0,0,0
        submitted	0,0,0,2,0,0,0,4
        submitted a	0,0,0,2,0,0,0,3
        subscription	0,0,0,2,0,0,0,0
        sue	3,3,1,4,1,1,1,2
        sue anyone	0,2,0,0,0,1,0,0
        sue or	0,1,0,0,0,0,1,0
        sue over	0,0,1,2,0,0,0,0
        sued	0,0,2,0,0,0,0,0
        suggest	0,0,0,0,0,0,5,0
        suggest you	0,0,0,0,0,0,2,0
        suggestion	0,0,0,0,0,0,14,0
        suggestion for	0,0,0,0,0,0,3,0
        suing	0,1,0,1,1,0,0,2
        suing anyone	0,0,0,0,1,0,0,1
        suitcase	0,0,2,0,0,0,0,0
        supermarket	0,0,0,0,0,1,1,0
        support	2,0,0,0,0,0,0,1
        support chat	2,0,0,0,0,0,0,0
        swallowed	0,0,0,0,0,2,0,0
        swallowed my	0,0,0,0,0,2,0,0
        swap	0,2,0,0,1,0,0,0
        swap it	0,2,0,0,1,0,0,0
        switch	0,0,0,0,0,0,0,4
        switch to	0,0,0,0,0,0,0,2
        swore	4,0,0,0,0,0,0,0
        swore at	4,0,0,0,0,0,0,0
        system	0,0,0,0,0,0,0,2
        t	1,0,0,0,0,0,0,1
        table	1,1,1,0,1,0,0,0
        tagging	1,0,0,0,0,0,1,0
        take	1,0,0,1,0,1,0,1
        taken	0,2,0,3,2,0,0,0
        taken to	0,0,0,0,2,0,0,0
        taking	0,1,1,4,3,1,1,1
        taking it	0,0,0,2,0,0,1,1
        taking this	0,0,0,1,1,0,0,0
        talked	1,0,0,0,0,1,0,0
        talking	0,0,0,1,0,0,0,1
        talking to	0,0,0,1,0,0,0,1
        tamil	0,0,0,0,0,0,2,0
        tap	0,1,0,0,1,0,0,0
        taped	0,0,0,0,1,1,0,0
        team	2,1,0,1,0,1,0,0
        tell	2,1,3,0,0,0,0,5
        tell me	0,1,2,0,0,0,0,3
        tell the	1,0,1,0,0,0,0,0
        telling	3,1,0,1,0,0,0,1
        telling me	3,1,0,1,0,0,0,1
        ten	1,1,2,1,0,3,0,0
        ten days	0,0,2,1,0,0,0,0
        ten minutes	1,1,0,0,0,3,0,0
        termination	0,0,0,3,0,0,0,0
        termination fee	0,0,0,2,0,0,0,0
        terms	1,0,0,0,0,0,0,2
        text	0,0,0,0,0,0,4,1
        text when	0,0,0,0,0,0,2,0
        th	1,1,1,1,0,5,0,0
        th floor	0,0,0,0,0,3,0,0
        than	0,1,0,0,0,0,5,0
        than one	0,0,0,0,0,0,2,0
        than the	0,0,0,0,0,0,2,0
        thankfully	0,0,0,0,4,0,0,0
        that	12,11,6,13,9,7,4,7
        that a	0,1,0,0,0,0,1,1
        that came	0,1,0,0,1,0,0,0
        that i	0,0,0,1,0,0,0,2
        that is	0,2,1,0,0,0,0,0
        that nobody	0,0,0,2,0,0,0,0
        that someone	0,0,1,0,0,2,0,0
        that the	2,0,0,0,0,1,0,0
        that was	2,0,1,1,2,0,0,0
        that were	0,0,0,1,0,1,0,0
        that your	0,0,1,0,0,0,1,0
        that's	0,2,0,1,2,0,0,0
        the	55,60,54,55,50,62,50,41
        the 'fire	0,0,0,0,2,0,1,0
        the agent	4,0,0,1,0,0,0,1
        the airline	0,0,0,0,0,0,0,2
        the app	0,0,1,0,0,0,5,1
        the atm	0,0,0,0,0,3,0,0
        the attorney	1,0,0,2,0,0,0,0
        the automatic	0,0,0,0,1,1,0,0
        the back	0,0,1,0,2,0,1,0
        the bank	0,0,0,0,0,1,1,0
        the barrier	0,0,0,0,0,3,0,0
        the battery	0,1,0,0,3,0,0,0
        the bbb	3,1,4,0,0,2,1,0
        the better	2,0,0,0,0,0,0,0
        the bill	0,0,0,2,0,0,1,0
        the bin	0,0,1,0,0,1,0,0
        the boarding	0,0,0,0,0,0,0,2
        the booking	0,0,0,1,1,0,0,0
        the box	0,2,1,0,0,0,0,0
        the branch	0,0,0,0,1,4,0,0
        the bus	0,0,0,1,0,0,1,0
        the button	0,0,0,0,2,0,0,0
        the caa	0,0,0,0,0,0,0,2
        the cable	0,2,0,0,1,0,0,0
        the call	2,0,0,0,0,0,0,0
        the cancellation	0,0,0,2,0,0,0,0
        the car	1,0,0,2,2,1,0,0
        the case	0,1,0,0,1,0,0,1
        the casing	0,1,0,0,1,0,0,0
        the cctv	0,0,0,0,1,1,0,0
        the cfpb	1,0,0,6,0,0,0,2
        the chairs	0,0,0,0,0,2,0,0
        the charging	0,1,0,0,1,0,0,0
        the chat	2,0,0,0,0,0,0,0
        the class	0,0,0,0,0,2,0,0
        the complaint	0,0,1,1,0,0,0,0
        the condo	0,0,0,1,0,1,0,0
        the consumer	0,3,0,1,0,1,0,0
        the contract	0,0,0,1,0,0,0,1
        the cops	1,1,1,0,1,1,0,0
        the counter	1,0,0,0,0,2,0,0
        the county	1,0,0,0,0,1,0,0
        the courier	1,0,4,0,0,0,1,0
        the delivery	1,0,1,0,0,0,1,0
        the department	0,0,1,1,0,0,0,1
        the display	0,1,0,0,0,0,1,0
        the door	1,0,1,0,1,0,0,0
        the driver	1,0,3,0,0,0,0,0
        the early	0,0,0,1,0,0,1,0
        the edges	0,2,0,0,0,0,0,0
        the elm	1,0,0,0,0,1,0,0
        the energy	1,0,0,1,0,0,0,0
        the engineer	1,0,1,0,1,0,0,0
        the engineer's	0,0,1,0,0,0,1,0
        the fca	0,0,0,3,0,0,0,0
        the fcc	1,0,0,1,0,0,0,1
        the fence	0,0,3,0,0,0,0,0
        the financial	1,0,0,1,0,2,0,0
        the fire	0,0,0,0,5,0,0,0
        the first	0,1,1,1,0,0,1,0
        the food	0,0,0,0,0,0,2,0
        the front	1,0,3,1,1,1,1,0
        the ftc	0,1,1,0,0,0,1,2
        the full	0,2,1,2,0,0,1,0
        the gas	0,0,0,0,3,0,0,0
        the gate	1,0,0,0,0,0,0,2
        the gym	0,0,0,0,0,1,2,0
        the health	0,0,0,0,0,2,0,0
        the heating	0,0,0,0,0,2,0,0
        the hotel	0,0,0,2,1,2,2,0
        the invoice	0,0,0,2,0,0,0,0
        the kettle	0,1,0,0,1,0,0,0
        the kids	0,0,0,0,2,0,0,0
        the kids'	0,0,0,0,1,0,1,0
        the label	0,1,1,0,1,0,0,0
        the lad	1,0,0,0,0,1,0,0
        the lady	3,0,1,0,0,0,0,0
        the laptop	0,2,1,0,0,0,0,0
        the last	1,0,0,0,0,1,0,0
        the laundry	0,0,0,0,0,2,0,0
        the left	0,5,0,0,0,1,0,0
        the lid	0,2,0,0,0,0,0,0
        the lift	1,0,0,0,0,4,0,0
        the lights	0,0,0,0,1,2,0,0
        the line	2,0,0,0,0,0,0,0
        the local	2,0,1,0,2,1,3,0
        the manager	2,0,0,0,0,0,0,0
        the media	0,2,0,0,0,1,0,0
        the memphis	0,0,2,0,0,0,0,0
        the menu	1,0,0,0,0,0,2,0
        the middle	0,2,0,0,0,0,0,0
        the monitor	0,0,2,0,0,0,0,0
        the motor	0,2,0,0,0,0,0,0
        the new	0,0,1,0,0,1,1,1
        the news	0,0,1,1,0,0,0,1
        the next	1,0,0,0,1,0,0,0
        the old	0,1,1,0,0,0,0,1
        the ombudsman	3,0,2,3,0,1,2,0
        the one	0,2,0,0,0,0,0,0
        the only	0,0,0,0,0,4,0,0
        the papers	1,1,0,1,0,1,0,1
        the parcel	1,0,1,0,0,0,0,0
        the parking	0,0,0,0,0,2,0,1
        the pharmacist	2,0,0,0,0,0,0,0
        the phone	0,1,2,1,1,0,1,0
        the platform	0,0,0,0,0,0,1,1
        the police	3,1,6,1,5,4,3,0
        the pool	0,0,0,0,0,2,0,0
        the power	1,0,0,0,0,0,1,0
        the press	1,1,1,0,1,1,0,2
        the queue	0,0,0,0,1,0,2,0
        the rail	0,0,0,0,0,1,0,1
        the rain	0,0,2,0,0,0,0,0
        the ramp	1,0,0,0,0,2,1,0
        the refund	0,0,0,2,0,0,0,0
        the regulator	0,0,0,0,0,0,2,0
        the rental	0,0,0,2,0,0,0,0
        the replacement	0,3,0,0,0,0,0,0
        the returns	2,0,0,0,0,0,0,0
        the reviews	0,1,0,0,0,0,0,1
        the road	0,0,1,0,2,0,0,0
        the room	0,0,1,0,0,2,0,0
        the same	3,3,0,8,3,1,1,1
        the seats	0,0,0,0,0,2,0,0
        the second	0,4,0,0,0,0,0,0
        the showers	0,0,0,0,0,2,0,0
        the small	0,1,0,1,0,0,0,0
        the sofa	0,1,1,0,0,0,0,0
        the state	1,0,0,1,0,2,2,1
        the store	0,1,0,0,1,0,1,0
        the straits	0,0,1,0,0,1,1,0
        the studio	0,0,1,0,0,0,0,1
        the third	0,2,0,0,0,0,1,0
        the time	0,0,0,2,0,0,0,0
        the tracking	0,0,2,0,0,0,0,0
        the train	0,0,0,0,0,1,2,0
        the transport	0,0,1,0,0,1,0,0
        the treadmill	0,1,0,0,0,1,0,0
        the tv	0,0,1,0,1,1,0,0
        the two	0,0,2,0,0,0,0,0
        the website	0,0,0,0,0,0,2,1
        the whole	1,2,1,2,3,2,1,0
        the wi	0,0,0,0,0,2,0,0
        the wifi	0,0,0,0,0,3,0,0
        the wrong	0,1,3,1,0,0,0,0
        theft	1,0,1,0,0,0,1,0
        their	0,0,0,0,0,2,0,0
        them	0,2,2,2,1,2,2,1
        then	9,0,1,1,1,2,0,0
        then the	0,0,0,0,0,2,0,0
        there	1,1,5,2,5,2,3,4
        there a	0,0,0,1,2,0,0,2
        there is	0,0,3,0,0,0,1,0
        there was	0,0,0,0,1,0,0,1
        there's	0,0,2,1,2,4,0,0
        there's a	0,0,0,1,1,1,0,0
        there's no	0,0,2,0,0,2,0,0
        these	0,4,1,1,2,0,0,0
        these heaters	0,1,0,0,1,0,0,0
        they	0,0,2,0,0,2,1,0
        they'd	1,3,0,0,0,0,0,1
        they'd taken	0,2,0,0,0,0,0,0
        they'll	0,0,0,0,0,1,0,1
        they're	0,0,0,0,0,2,0,0
        thing	1,0,0,2,1,0,0,3
        thing and	1,0,0,0,0,0,0,1
        think	2,0,0,0,0,0,0,0
        thinks	1,0,0,0,0,0,0,1
        third	0,4,4,0,0,3,1,0
        third missed	0,0,3,0,0,0,0,0
        third replacement	0,2,0,0,0,0,0,0
        third time	0,1,0,0,0,1,0,0
        this	13,12,10,14,16,9,11,6
        this afternoon	0,1,1,0,1,0,0,0
        this is	0,2,1,0,1,0,1,0
        this isn't	0,0,0,0,0,0,5,0
        this month	0,0,1,1,0,0,0,0
        this morning	3,2,0,2,3,0,1,1
        this on	0,0,1,0,0,1,0,0
        this one	0,1,1,0,1,0,0,0
        this time	0,0,0,0,2,0,0,0
        this to	6,1,2,4,2,2,1,1
        this week	1,0,2,1,1,1,0,0
        those	1,0,0,0,1,0,2,0
        those of	0,0,0,0,0,0,2,0
        though	0,1,4,2,0,1,0,1
        though i	0,0,3,0,0,0,0,0
        though the	0,1,0,1,0,0,0,0
        thought	1,0,0,0,0,0,1,0
        thread	0,3,0,1,0,0,0,2
        threaten	0,0,0,2,0,0,0,0
        threatened	1,0,0,0,0,2,0,1
        threatened to	1,0,0,0,0,2,0,1
        threatening	0,2,1,2,0,0,2,0
        threatening legal	0,1,1,0,0,0,0,0
        threatening to	0,1,0,1,0,0,2,0
        three	3,4,4,9,0,7,3,5
        three days	0,0,2,0,0,2,0,0
        three months	0,0,0,1,0,0,0,1
        three times	2,0,0,0,0,0,0,1
        three weeks	1,3,1,4,0,3,0,0
        threw	1,0,1,0,1,0,0,0
        through	4,2,4,1,1,1,2,1
        through my	2,0,0,0,0,0,0,0
        through the	1,1,1,0,1,0,1,1
        throwing	0,0,1,0,1,0,0,0
        ticket	1,0,0,0,0,2,0,1
        tickets	0,0,0,1,0,1,1,2
        tiktok	3,0,0,0,0,1,0,0
        tiktok tonight	3,0,0,0,0,0,0,0
        time	4,3,5,5,2,2,3,9
        time i	2,2,0,0,0,0,0,7
        time the	0,0,3,0,0,0,0,0
        time'	3,0,0,1,0,0,0,0
        times	6,1,2,0,0,2,3,3
        times about	1,0,1,0,0,1,1,0
        times and	2,0,0,0,0,0,0,0
        tip	1,0,0,0,0,0,1,0
        to	41,25,34,34,20,33,23,40
        to 'come	2,0,0,0,0,0,0,0
        to 'stop	2,0,0,0,0,0,0,0
        to a	4,0,2,2,4,1,1,3
        to another	0,0,0,0,0,0,0,3
        to any	1,0,0,0,0,0,1,0
        to anyone	0,0,1,0,0,0,1,0
        to arrive	0,0,1,0,0,0,0,1
        to be	0,0,3,2,0,1,0,1
        to book	1,0,0,0,0,0,0,1
        to bring	1,0,0,1,0,0,0,0
        to call	1,1,0,0,2,2,0,2
        to case	0,1,0,0,0,0,0,1
        to check	0,0,0,0,1,0,0,1
        to close	2,0,0,0,0,0,0,1
        to court	0,2,0,1,0,0,0,0
        to do	0,0,1,0,0,0,0,1
        to dti	1,0,0,0,0,1,0,0
        to escalate	1,0,1,0,0,0,0,0
        to every	2,0,0,1,0,0,0,0
        to explain	0,0,0,2,0,0,0,0
        to fix	1,0,0,0,0,1,0,0
        to get	0,2,0,1,1,2,1,0
        to give	2,0,1,0,0,1,0,0
        to go	0,0,1,1,0,1,3,0
        to happen	0,0,0,0,2,0,0,0
        to help	0,0,0,0,0,2,0,0
        to her	1,0,0,0,0,0,0,1
        to involve	1,1,0,0,0,0,0,1
        to know	3,1,0,0,2,1,0,4
        to make	1,3,1,0,0,0,0,0
        to me	2,0,1,0,0,0,0,0
        to my	1,0,3,3,1,0,0,1
        to ofcom	1,0,0,1,0,0,1,1
        to put	1,0,0,0,0,0,1,1
        to report	0,0,1,1,0,0,1,0
        to safe	0,0,2,0,0,0,0,0
        to small	0,2,0,1,0,0,0,0
        to split	0,1,0,0,0,0,1,0
        to sue	0,3,1,2,1,1,1,1
        to the	12,3,11,16,2,17,9,12
        to them	0,0,0,0,1,1,0,0
        to trading	0,5,2,0,0,0,0,0
        to train	1,0,0,0,0,0,1,0
        to turn	2,0,0,1,0,0,0,0
        to your	0,0,0,1,0,1,1,1
        today	5,0,1,2,3,2,0,1
        today and	1,0,0,0,1,0,0,0
        toddler	0,0,0,0,3,0,0,0
        together	0,0,0,0,0,1,1,0
        toilet	0,0,0,0,0,4,0,0
        toilet at	0,0,0,0,0,2,0,0
        toilets	0,0,0,0,1,1,0,0
        told	11,2,4,4,3,3,1,0
        told me	10,2,2,3,2,2,1,0
        told us	0,0,0,0,1,1,0,0
        tomorrow	0,1,0,0,1,0,0,1
        tonight	6,0,2,1,1,2,0,1
        too	2,0,1,1,0,0,1,0
        took	0,1,2,1,2,0,0,0
        took you	0,1,0,1,0,0,0,0
        top	0,1,0,0,0,0,1,1
        torn	0,0,1,0,0,1,0,0
        tossed	0,0,2,0,0,0,0,0
        tossed my	0,0,2,0,0,0,0,0
        touch	1,0,1,0,0,0,0,0
        toy	0,0,0,0,3,0,0,0
        tracking	0,0,8,0,0,0,0,0
        tracking hasn't	0,0,4,0,0,0,0,0
        trading	0,7,2,0,0,3,0,0
        trading standards	0,7,2,0,0,2,0,0
        train	1,0,0,0,0,1,3,3
        training	1,0,0,0,0,1,0,0
        transaction	0,0,0,2,0,1,0,0
        transactions	0,0,0,1,0,0,0,1
        transit'	0,0,2,0,0,0,0,0
        transit' for	0,0,2,0,0,0,0,0
        transport	0,0,1,0,0,1,0,0
        transportation	0,0,1,1,0,0,0,1
        trapped	0,0,0,0,1,1,0,0
        travel	0,0,0,0,0,1,0,1
        treadmill	0,1,0,0,0,1,0,0
        treated	1,0,0,0,1,0,0,0
        treatment	1,0,0,0,1,0,0,0
        tried	0,0,0,0,0,0,0,3
        tried three	0,0,0,0,0,0,0,2
        trip	0,0,0,0,1,0,1,0
        tripped	0,0,0,0,2,0,0,0
        tripped on	0,0,0,0,2,0,0,0
        try	0,0,0,0,0,0,1,2
        trying	0,1,0,1,0,2,1,2
        trying to	0,1,0,1,0,2,1,2
        tuesday	0,0,2,1,0,1,0,0
        tuesday and	0,0,1,1,0,0,0,0
        turn	2,0,0,1,0,0,0,0
        turn the	2,0,0,0,0,0,0,0
        turned	1,0,4,0,0,1,0,0
        turned up	0,0,3,0,0,0,0,0
        tv	1,1,3,1,1,1,0,1
        tv unit	0,0,1,0,1,0,0,0
        twelve	0,0,1,1,0,0,1,0
        twenty	1,1,0,0,0,0,0,0
        twice	1,1,2,7,0,0,0,3
        twice for	0,0,0,5,0,0,0,0
        twice without	0,0,0,0,0,0,0,2
        twitter	0,1,0,1,0,0,0,1
        two	1,6,9,4,2,6,1,4
        two days	0,0,4,0,1,0,0,1
        two months	0,2,0,1,0,2,0,1
        two weeks	0,2,1,0,0,2,0,0
        two years	0,0,0,2,0,0,0,0
        typing	2,0,0,0,1,0,0,0
        una	1,0,0,1,0,0,1,1
        under	0,1,0,0,0,0,1,0
        unit	0,0,1,0,1,0,0,0
        unless	0,1,0,1,0,0,0,0
        until	0,0,0,1,1,0,0,0
        up	11,5,5,9,1,2,5,2
        up a	0,0,0,0,0,1,1,0
        up after	0,1,1,0,0,0,1,0
        up at	0,1,0,0,0,0,1,0
        up in	0,1,1,1,0,0,0,0
        up on	6,1,0,2,0,0,0,1
        up'	2,0,0,0,0,0,0,1
        updated	0,0,3,0,0,0,0,1
        updated since	0,0,2,0,0,0,0,0
        upgrade	0,2,1,0,0,0,0,0
        uploading	1,0,0,0,0,0,0,1
        urgent	0,0,0,0,4,0,0,0
        urgent care	0,0,0,0,2,0,0,0
        us	5,1,0,1,2,2,12,2
        us pick	0,0,0,0,0,0,3,0
        us who	0,0,0,0,0,0,2,0
        use	0,3,0,0,0,3,1,1
        use a	0,0,0,0,0,2,0,0
        use the	0,1,0,0,0,0,0,1
        used	1,1,0,0,0,0,0,0
        uses	1,0,0,0,1,2,0,0
        uses a	1,0,0,0,1,2,0,0
        using	1,1,0,0,0,0,0,0
        van	0,0,1,0,2,0,0,0
        vegetarian	0,0,0,0,0,0,3,0
        verification	0,0,0,0,0,0,0,2
        version	0,0,0,0,0,0,2,0
        version for	0,0,0,0,0,0,2,0
        very	6,1,1,0,1,0,0,0
        very rude	2,0,0,0,0,0,0,0
        video	2,1,1,0,0,3,0,0
        video as	0,0,1,0,0,1,0,0
        visit	2,1,0,0,2,0,1,0
        volume	0,0,0,0,0,1,1,0
        wait	0,0,0,0,0,2,2,2
        waiter	1,0,0,0,1,0,0,0
        waiting	0,1,0,2,2,2,0,0
        waiting on	0,1,0,2,0,0,0,0
        waiting to	0,0,0,0,2,1,0,0
        walk	0,1,0,0,0,1,0,0
        walker	1,0,0,0,0,0,1,0
        walking	0,1,0,0,2,0,0,0
        wallet	0,1,0,0,0,0,0,1
        want	7,5,2,4,2,2,1,4
        want a	0,3,0,0,1,0,0,0
        want my	0,0,1,1,0,0,0,0
        want someone	3,0,0,1,0,0,0,0
        want to	3,1,1,0,0,2,1,4
        wants	1,1,1,1,0,1,0,1
        wants a	1,0,0,0,0,1,0,0
        wants the	0,0,1,0,0,0,0,1
        warning	0,0,0,0,1,0,0,2
        was	14,8,16,11,15,7,2,7
        was a	2,0,0,0,1,0,0,1
        was already	0,1,0,2,0,0,0,0
        was at	1,0,1,0,0,0,0,0
        was broken	0,0,0,0,0,2,0,0
        was cancelled	0,0,0,0,0,0,0,3
        was charged	0,0,0,3,0,0,0,0
        was delivered	0,0,3,0,0,0,0,0
        was hurt	0,0,0,0,3,0,0,0
        was injured	0,0,0,0,2,1,0,0
        was never	0,0,0,2,0,0,0,0
        was showing	0,0,1,1,0,0,0,0
        was so	1,0,0,0,0,1,0,0
        was soaked	0,1,1,0,0,0,0,0
        was still	3,1,0,0,0,0,0,0
        was told	0,0,2,0,0,0,0,0
        washing	0,2,0,0,0,0,0,0
        wasn't	0,0,1,3,0,0,0,0
        wasn't shown	0,0,0,2,0,0,0,0
        watched	0,0,0,0,1,1,0,0
        water	0,3,0,1,1,3,1,0
        water in	0,1,0,0,0,2,0,0
        way	0,0,0,0,1,1,1,2
        way to	0,0,0,0,1,0,1,2
        we	0,1,2,3,3,6,0,2
        we have	0,0,0,0,1,0,0,1
        we were	0,0,0,1,1,0,0,0
        we will	0,1,0,1,0,1,0,1
        we're	0,0,0,1,3,0,0,0
        website	0,0,0,0,0,0,2,5
        website logs	0,0,0,0,0,0,0,2
        week	1,8,2,2,3,3,1,2
        weeks	1,6,4,6,0,8,0,0
        weeks ago	0,0,2,0,0,0,0,0
        weeks and	0,0,0,0,0,4,0,0
        weeks later	0,0,0,2,0,0,0,0
        weeks now	0,0,0,0,0,2,0,0
        went	3,0,0,2,1,1,1,1
        went dead	2,0,0,0,0,0,0,0
        went to	0,0,0,1,0,1,0,0
        were	0,2,1,2,1,2,0,0
        wet	0,1,0,0,2,0,0,0
        wet floor	0,0,0,0,2,0,0,0
        what	5,3,2,2,0,2,0,4
        what i	1,1,0,1,0,0,0,1
        what that	1,0,0,0,0,0,0,1
        what the	1,1,0,0,0,0,0,0
        wheel	0,0,2,0,0,0,0,1
        wheelchair	0,0,0,0,0,4,1,0
        when	13,0,1,6,2,1,5,3
        when i	9,0,0,4,1,0,0,0
        when she	2,0,0,0,0,0,0,0
        when the	0,0,0,0,0,1,0,1
        where	2,2,4,0,0,0,0,0
        where is	0,0,2,0,0,0,0,0
        where it	0,0,2,0,0,0,0,0
        where the	1,1,0,0,0,0,0,0
        whether	0,0,0,0,0,0,0,2
        whether i	0,0,0,0,0,0,0,2
        which	0,3,2,1,3,0,1,2
        which i	0,1,0,0,1,0,0,0
        which is	0,1,0,0,2,0,0,0
        while	5,0,3,1,2,1,0,1
        while he	1,0,0,0,1,0,0,0
        while i	3,0,1,0,0,0,0,0
        while i'm	0,0,2,0,0,0,0,1
        whining'	2,0,0,0,0,0,0,0
        who	5,0,1,1,2,2,3,0
        who uses	0,0,0,0,0,2,0,0
        whoever	0,1,0,0,0,1,0,0
        whole	2,2,1,2,3,2,1,0
        whole film	0,0,0,0,0,2,0,0
        whole thing	1,0,0,1,0,0,0,0
        why	0,1,0,3,3,1,0,5
        why my	0,0,0,2,0,0,0,2
        why the	0,1,0,0,0,0,0,1
        why your	0,0,0,0,1,0,0,1
        wi	0,0,0,0,0,2,1,0
        wifi	0,0,0,0,0,8,0,0
        wifi in	0,0,0,0,0,2,0,0
        will	4,3,2,3,1,4,0,7
        will be	2,0,0,2,1,3,0,3
        will send	0,1,1,0,0,0,0,0
        window	1,0,4,0,0,1,3,1
        winter	0,0,0,0,0,1,1,0
        wiped	0,0,0,0,0,0,0,3
        wiped my	0,0,0,0,0,0,0,2
        wish	0,0,0,0,0,0,2,0
        wish the	0,0,0,0,0,0,2,0
        with	13,17,18,13,12,12,6,15
        with a	2,3,6,0,4,3,1,0
        with case	1,1,0,0,0,0,0,0
        with his	0,1,1,0,0,0,0,0
        with me	2,0,0,0,1,0,0,1
        with my	0,2,1,0,2,2,0,1
        with no	0,0,0,2,0,1,0,2
        with one	0,1,0,0,1,0,0,0
        with the	6,5,8,8,1,4,2,3
        with you	1,1,0,0,0,0,0,0
        with zero	0,0,0,1,0,0,0,1
        within	1,3,1,0,0,0,0,0
        without	2,1,3,5,0,0,1,9
        without a	1,0,1,1,0,0,0,0
        without any	0,0,1,1,0,0,0,3
        without notice	0,1,0,0,0,0,0,2
        woman	1,0,0,0,1,0,0,0
        won't	3,5,5,1,1,2,1,4
        won't be	1,0,2,1,0,0,1,3
        won't bother	1,1,0,0,0,0,0,0
        word	2,0,0,1,1,0,0,0
        work	2,1,0,0,0,3,3,3
        work as	2,1,0,0,0,0,0,0
        work at	0,0,0,0,0,2,0,0
        worked	0,0,0,0,0,2,0,0
        working	1,4,1,0,0,4,2,0
        working after	0,2,0,0,0,0,0,0
        works	0,1,0,1,0,0,0,0
        worry	0,1,3,0,0,1,0,0
        worth	2,0,0,0,0,0,1,0
        would	1,0,1,3,1,0,22,0
        would be	0,0,0,1,0,0,10,0
        would like	0,0,0,1,0,0,1,0
        would love	0,0,0,0,0,0,4,0
        would make	0,0,0,0,0,0,2,0
        would save	0,0,0,0,0,0,2,0
        wrist	0,0,0,0,3,0,0,0
        write	0,0,0,0,0,1,0,1
        writing	2,0,0,1,0,0,0,0
        writing to	1,0,0,1,0,0,0,0
        written	2,0,0,2,0,3,2,0
        written to	0,0,0,2,0,3,2,0
        wrong	0,1,3,2,0,0,0,1
        x	0,0,1,1,0,0,0,1
        year	4,1,0,2,1,1,0,0
        years	1,0,0,2,0,0,0,1
        yes	1,0,0,1,0,0,0,1
        yesterday	0,1,1,0,1,0,0,1
        yet	0,0,1,1,0,0,0,0
        you	7,11,5,16,8,5,8,11
        you add	0,0,0,0,0,0,2,0
        you can	0,0,0,0,0,0,1,1
        you cancelled	0,0,0,0,0,0,0,2
        you could	0,0,0,0,0,0,2,0
        you have	0,0,0,2,0,0,0,0
        you know	0,0,0,0,0,2,0,0
        you sent	0,2,0,0,0,0,0,0
        you should	1,0,0,0,1,1,0,0
        you sold	0,2,0,0,0,0,0,0
        you the	0,0,1,0,0,0,0,1
        you to	3,2,0,3,1,0,0,2
        you're	3,0,0,0,0,0,0,1
        you've	0,0,0,4,0,0,0,1
        you've billed	0,0,0,2,0,0,0,0
        your	37,18,17,16,38,29,18,31
        your 'lifetime	0,1,0,0,0,0,0,1
        your agent	5,0,0,2,0,0,0,0
        your airline	0,0,0,1,0,0,0,1
        your app	0,0,0,2,0,0,2,6
        your atm	0,0,0,0,1,2,0,0
        your bank	0,0,0,1,0,0,0,2
        your billing	1,0,0,1,0,0,0,0
        your booking	0,0,0,0,0,0,1,1
        your call	3,0,1,0,0,0,0,0
        your car	0,0,0,0,1,1,0,0
        your cashier	3,0,0,0,0,0,0,0
        your chat	0,1,0,0,0,0,0,1
        your clinic	1,0,0,0,0,0,1,0
        your company	0,1,0,1,0,0,0,1
        your courier	0,0,2,0,0,0,0,0
        your customer	3,0,0,0,0,0,1,0
        your delivery	2,0,1,0,5,0,1,0
        your driver	3,0,7,0,1,0,0,0
        your hotel	0,0,1,1,1,4,0,0
        your hotel's	0,0,0,0,1,3,0,0
        your hotels	0,0,0,0,1,0,1,0
        your kitchen	0,0,0,0,2,0,0,0
        your leeds	0,1,0,1,0,0,0,0
        your main	0,0,0,0,0,3,0,0
        your online	0,2,0,0,0,0,1,0
        your own	0,1,0,1,0,1,0,1
        your rep	2,1,1,0,0,0,0,0
        your shop	0,1,0,0,1,0,0,0
        your staff	2,1,0,0,2,0,0,0
        your station	0,0,0,0,1,1,0,0
        your store	2,3,0,0,1,1,1,0
        your website	0,0,0,0,0,0,0,4
        youtube	1,2,0,0,0,1,0,0
        youtube video	0,1,0,0,0,1,0,0
        zero	1,0,0,1,0,0,0,1
        一	43,45,38,46,46,43,42,42
        一万	0,0,0,2,0,0,0,0
        一上	0,0,0,0,0,2,0,0
        一下	8,4,3,8,6,4,3,12
        一个	4,7,11,9,2,12,18,1
        一件	0,0,1,1,0,0,0,0
        一份	0,1,0,0,0,0,0,1
        一個	0,1,0,0,0,1,1,0
        一共	0,0,0,5,0,0,0,0
        一分	1,0,0,1,0,0,0,0
        一切	0,1,0,0,0,0,0,1
        一动	0,0,2,0,0,0,0,0
        一千	0,0,0,2,0,0,0,0
        一半	1,1,4,0,3,6,0,1
        一单	0,0,1,1,0,0,0,0
        一句	16,0,0,2,0,0,1,1
        一台	0,2,1,0,0,2,0,1
        一周	0,5,1,3,1,1,0,1
        一块	0,0,0,0,2,0,2,0
        一声	1,0,0,0,0,1,0,0
        一大	0,1,2,0,0,1,0,1
        一天	1,1,1,0,0,1,0,1
        一家	1,0,0,0,2,0,2,2
        一小	0,0,0,0,1,0,1,0
        一层	0,1,0,0,0,2,0,0
        一开	1,0,0,0,0,1,0,2
        一截	0,0,0,0,4,0,0,0
        一打	0,1,0,0,0,0,0,4
        一扔	3,0,0,0,0,0,0,0
        一批	0,0,1,0,1,0,0,0
        一把	1,0,0,0,0,0,1,0
        一拧	0,0,0,0,2,0,0,0
        一排	3,0,0,0,0,0,2,0
        一整	0,0,1,0,0,2,0,0
        一时	0,0,0,0,0,0,0,2
        一晚	0,0,0,0,1,1,0,2
        一条	0,0,0,2,0,0,0,1
        一样	0,4,0,0,0,2,0,3
        一根	0,0,0,0,5,0,0,0
        一楼	0,0,1,0,1,1,0,0
        一次	1,3,0,0,0,1,2,1
        一款	0,1,0,0,1,0,0,0
        一点	0,0,0,0,1,0,6,0
        一片	0,2,0,0,1,0,1,0
        一百	0,0,0,1,2,0,0,0
        一直	4,5,9,2,7,12,1,10
        一看	0,6,0,0,0,0,0,0
        一眼	1,0,0,0,1,0,0,0
        一碰	0,1,0,0,1,0,0,0
        一笔	0,0,0,6,0,0,0,0
        一管	1,0,0,0,0,1,0,0
        一组	0,0,0,0,1,1,0,1
        一股	0,3,0,0,2,0,0,0
        一赔	0,3,0,0,0,0,0,0
        一起	0,1,0,1,2,0,0,1
        一路	2,0,0,0,5,0,0,0
        一道	0,0,1,0,1,1,0,0
        一项	0,0,0,4,0,0,0,0
        七	2,3,1,2,0,0,0,0
        七十	2,0,0,0,0,0,0,0
        七天	0,0,0,2,0,0,0,0
        七日	0,3,0,0,0,0,0,0
        万	1,0,1,2,2,0,0,1
        万二	0,0,0,2,0,0,0,0
        三	7,14,17,15,5,18,1,9
        三个	0,0,0,5,0,1,0,0
        三倍	0,0,1,1,0,0,0,0
        三公	0,0,2,0,0,0,0,0
        三十	0,1,0,0,0,2,0,0
        三口	0,0,0,0,3,0,0,0
        三号	0,0,0,0,0,2,0,0
        三周	0,0,0,1,0,1,0,0
        三天	1,6,6,2,0,5,0,4
        三方	0,2,0,0,0,0,0,0
        三楼	0,0,0,0,0,2,0,0
        三次	4,1,4,1,0,3,0,4
        三百	1,0,0,1,0,0,0,0
        三笔	0,0,0,2,0,0,0,0
        三针	0,0,0,0,2,0,0,0
        上	25,19,15,25,27,25,15,17
        上一	3,0,0,0,0,0,0,0
        上下	0,0,0,0,0,3,0,0
        上个	2,0,0,5,3,1,0,0
        上了	0,1,0,1,1,2,1,0
        上全	0,2,0,0,1,1,0,0
        上写	0,2,0,0,0,0,0,0
        上午	0,1,3,0,0,2,0,0
        上印	0,1,0,0,0,0,0,1
        上去	2,0,0,0,0,2,0,1
        上发	1,0,0,1,0,0,0,0
        上吐	0,0,0,0,5,0,0,0
        上周	2,0,0,0,3,0,0,1
        上多	0,0,0,3,0,0,0,0
        上好	0,2,0,0,2,0,0,0
        上摔	0,0,0,0,2,0,0,0
        上新	2,0,0,1,1,0,0,0
        上曝	1,1,0,0,0,1,1,0
        上月	0,1,1,1,0,0,0,0
        上有	0,0,1,3,1,0,0,0
        上根	0,0,0,1,0,0,0,1
        上楼	2,0,2,0,0,0,0,0
        上次	1,0,1,1,1,2,0,0
        上热	1,0,0,0,0,1,0,1
        上班	2,0,1,0,0,2,2,0
        上的	2,1,0,0,2,1,0,2
        上看	0,0,0,0,0,1,1,1
        上让	1,0,0,0,0,0,0,1
        上还	0,0,0,0,1,1,0,0
        上门	2,1,0,2,0,0,1,0
        上面	0,1,0,0,1,1,0,0
        上预	0,0,0,0,0,0,2,1
        下	25,12,12,11,29,21,9,18
        下一	0,0,1,0,0,2,1,0
        下了	0,1,0,0,1,0,0,0
        下你	0,0,0,0,0,0,0,3
        下停	0,0,0,0,0,2,0,0
        下午	2,1,2,1,0,3,2,1
        下单	0,0,1,1,0,0,0,1
        下去	2,2,1,0,8,4,0,0
        下周	2,2,2,0,0,1,1,3
        下就	0,0,0,0,1,0,1,0
        下我	0,0,0,0,0,0,0,2
        下是	0,0,0,2,0,0,0,0
        下来	4,0,1,0,2,1,0,0
        下楼	1,0,0,0,0,3,0,0
        下泻	0,0,0,0,5,0,0,0
        下班	3,0,0,0,0,0,0,1
        下路	0,0,0,0,0,2,0,0
        下车	1,0,0,0,2,0,0,0
        下那	1,0,0,0,1,0,1,0
        下雨	0,1,0,0,1,1,0,0
        不	46,47,36,33,26,39,40,39
        不一	0,0,0,1,0,0,0,1
        不上	0,0,1,0,0,2,0,4
        不下	2,1,0,0,0,1,0,0
        不了	1,0,0,3,0,2,1,2
        不亮	0,0,0,0,0,3,0,0
        不会	7,3,1,2,2,3,8,3
        不信	1,2,1,0,1,0,0,0
        不修	0,0,0,0,0,3,0,0
        不值	0,1,0,1,0,0,0,0
        不出	0,1,0,1,1,1,1,1
        不到	0,6,3,1,1,2,2,5
        不制	0,1,0,0,0,2,0,0
        不动	0,0,3,0,0,1,0,0
        不去	0,1,0,1,0,1,0,4
        不吃	2,0,0,0,0,0,0,0
        不含	1,0,0,1,0,0,0,0
        不回	0,1,1,0,0,0,0,0
        不多	0,1,0,0,1,0,0,0
        不好	2,0,1,0,0,1,0,1
        不如	0,0,0,0,0,0,2,0
        不存	0,1,0,0,0,0,0,1
        不对	0,4,0,0,0,0,0,0
        不少	1,0,0,0,0,0,0,1
        不开	0,0,0,0,0,1,0,3
        不想	4,4,4,6,4,2,0,3
        不懂	7,0,0,0,0,0,0,0
        不打	3,2,3,1,2,1,1,3
        不找	0,0,0,0,1,1,0,1
        不抬	3,0,0,0,0,1,0,0
        不接	0,0,2,0,0,0,0,0
        不敢	0,0,0,0,2,0,0,0
        不方	0,0,0,0,0,0,2,0
        不是	4,4,1,4,4,3,9,3
        不来	0,0,0,0,2,0,0,0
        不清	0,2,0,0,0,0,2,0
        不理	2,0,0,0,2,0,0,0
        不用	0,1,0,0,0,0,3,0
        不着	0,0,0,0,0,2,0,0
        不知	0,0,0,3,0,2,1,1
        不符	0,4,0,0,0,0,0,0
        不给	2,1,2,1,0,0,1,3
        不耐	9,0,0,0,0,0,0,0
        不肯	0,1,0,0,1,0,0,1
        不能	4,3,4,2,3,1,16,3
        不至	2,0,2,0,0,0,0,1
        不行	0,1,0,0,0,1,0,1
        不要	2,0,0,0,0,0,2,0
        不解	0,0,0,1,0,0,0,1
        不该	0,1,0,0,0,1,0,0
        不起	2,0,1,0,0,1,0,0
        不转	0,1,0,0,0,1,0,0
        不过	0,1,0,0,1,1,1,0
        不进	0,2,0,0,1,0,0,0
        不退	0,0,0,5,0,0,0,0
        不通	0,0,2,0,1,0,0,1
        不需	0,0,0,0,1,0,3,0
        与	0,3,0,0,1,0,0,1
        专	1,1,0,0,3,0,2,0
        专心	0,0,0,0,3,0,0,0
        且	0,0,2,0,0,0,0,0
        且准	0,0,2,0,0,0,0,0
        业	10,0,1,5,4,12,5,5
        业一	0,0,0,0,0,3,0,0
        业主	2,0,1,1,0,0,1,0
        业务	2,0,0,2,0,0,0,2
        业厅	5,0,0,1,0,3,1,2
        业在	0,0,0,0,0,0,3,0
        业客	2,0,0,0,0,0,0,0
        业费	0,0,0,2,0,0,0,0
        东	3,0,1,1,3,2,0,0
        东西	2,0,1,1,3,0,0,0
        丝	0,3,0,0,7,0,0,1
        丝球	0,0,0,0,4,0,0,0
        丢	1,0,8,0,0,0,0,0
        丢了	0,0,3,0,0,0,0,0
        丢件	0,0,3,0,0,0,0,0
        两	9,11,11,20,10,19,1,7
        两三	1,0,0,0,0,1,0,0
        两个	1,0,5,3,5,11,0,3
        两千	0,1,0,2,0,0,0,0
        两句	2,0,0,0,0,0,0,0
        两台	0,0,1,0,0,2,0,0
        两周	0,0,0,2,0,0,0,0
        两回	0,1,0,0,0,1,0,0
        两天	0,3,2,0,1,0,0,1
        两头	0,0,0,0,0,2,0,0
        两次	0,4,0,7,0,0,1,0
        两百	0,0,1,2,0,0,0,0
        两遍	3,0,0,1,0,0,0,0
        两部	0,0,0,0,0,1,0,1
        严	0,4,1,0,2,1,0,1
        严重	0,4,1,0,1,1,0,1
        並	0,0,0,0,1,0,0,1
        个	25,19,28,32,21,33,35,17
        个人	0,0,0,1,1,6,2,2
        个准	0,0,2,0,0,1,0,0
        个包	0,0,2,0,0,1,0,0
        个坑	0,1,0,0,0,1,0,0
        个多	0,0,1,3,0,2,0,3
        个大	1,0,1,0,0,0,1,1
        个字	0,0,0,1,0,0,2,0
        个客	1,0,0,0,0,0,0,1
        个小	5,1,2,3,4,2,7,4
        个工	1,0,0,3,1,1,0,0
        个批	0,0,0,0,1,0,1,0
        个星	0,0,3,0,0,2,0,0
        个月	2,5,2,16,3,7,1,1
        个有	0,0,0,0,0,2,0,0
        个歉	2,0,0,0,0,0,0,0
        个热	0,1,0,0,0,1,0,0
        个牌	0,1,0,0,1,0,0,0
        个电	1,2,0,0,0,0,0,0
        个礼	0,1,0,0,0,1,0,0
        个窗	0,0,0,0,0,0,2,0
        个箱	0,0,2,0,1,0,0,0
        个精	1,1,0,0,0,0,0,0
        个线	0,0,0,0,0,0,2,0
        个网	0,0,1,0,0,1,0,0
        个老	1,0,0,0,1,0,1,0
        个行	0,2,0,0,0,0,0,0
        个角	0,1,3,0,0,0,0,0
        个说	2,1,1,0,1,0,0,0
        个通	0,0,1,0,0,0,1,0
        个遮	0,0,0,0,0,0,2,0
        个醒	0,0,0,0,1,0,1,0
        个问	3,0,0,0,0,0,2,0
        个陌	0,0,2,0,0,0,0,0
        个隔	0,0,0,0,0,2,0,0
        中	3,3,12,5,4,6,1,2
        中介	1,0,0,2,0,0,0,0
        中午	1,0,0,0,1,0,1,0
        中央	0,0,0,0,0,3,0,0
        中心	1,0,2,2,0,0,0,0
        中毒	0,1,0,0,4,0,0,0
        中转	0,0,4,0,0,0,0,0
        临	0,1,0,0,0,0,0,2
        临时	0,0,0,0,0,0,0,2
        为	5,9,5,4,0,1,4,16
        为什	0,2,1,0,0,0,0,5
        为准	0,2,0,0,0,0,0,0
        为啥	0,0,1,1,0,0,0,0
        为我	2,0,0,0,0,0,0,1
        为损	0,2,0,0,0,0,0,0
        为泄	0,0,0,0,0,0,0,2
        为这	0,0,0,0,0,1,0,1
        主	3,2,3,2,0,1,1,0
        主意	1,0,1,0,0,0,0,0
        举	0,4,0,0,3,0,0,0
        举报	0,4,0,0,3,0,0,0
        久	2,1,1,0,0,0,2,0
        么	13,6,3,13,5,2,9,17
        么久	2,0,0,0,0,0,0,0
        么办	0,0,0,0,0,1,0,2
        么多	1,0,0,1,0,0,0,0
        么大	2,0,0,0,1,1,0,0
        么媒	0,0,0,1,0,0,1,0
        么时	0,0,0,1,0,0,0,2
        么服	1,0,0,1,0,0,0,0
        么的	0,0,0,0,0,0,2,0
        么老	0,0,1,0,0,0,0,1
        么被	1,0,0,0,0,0,0,1
        么这	2,0,0,0,0,0,0,0
        么退	0,1,0,0,0,0,0,1
        么都	1,0,0,0,0,0,2,2
        之	1,2,3,3,1,1,1,5
        之前	1,2,3,2,1,1,0,0
        之后	0,0,0,0,0,0,1,5
        乎	0,0,0,0,0,2,0,0
        乎乎	0,0,0,0,0,2,0,0
        乎的	0,0,0,0,0,2,0,0
        乐	0,0,0,0,3,0,1,0
        乐区	0,0,0,0,1,0,1,0
        乘	0,0,0,0,0,0,1,1
        九	1,0,3,2,0,0,0,0
        九天	0,0,1,1,0,0,0,0
        九点	1,0,2,0,0,0,0,0
        也	13,23,23,21,18,26,12,20
        也一	1,2,1,0,0,2,0,0
        也不	3,3,7,7,5,6,4,3
        也发	0,0,0,2,0,0,0,0
        也向	0,1,0,0,1,0,0,0
        也坏	0,0,0,0,0,2,0,0
        也太	0,4,0,1,1,0,0,0
        也已	1,0,1,0,0,0,0,0
        也懒	1,0,1,0,0,0,0,0
        也打	0,1,0,1,1,0,0,0
        也是	0,1,2,1,2,1,0,0
        也来	0,0,0,1,1,0,0,0
        也没	4,3,4,4,5,9,1,10
        也能	0,0,0,0,0,0,2,0
        也被	0,0,0,1,1,1,0,0
        习	0,0,0,1,0,1,0,0
        书	3,5,2,1,0,3,0,2
        书上	1,0,1,1,0,0,0,0
        书了	0,0,1,0,0,1,0,0
        书面	1,3,0,0,0,0,0,1
        书馆	0,0,0,0,0,2,0,0
        买	3,43,2,3,7,1,0,2
        买不	2,0,0,0,0,0,0,0
        买了	0,4,0,0,0,0,0,1
        买回	0,2,0,0,0,0,0,0
        买的	0,33,2,0,6,0,0,1
        乱	2,0,0,5,0,1,1,0
        乱扣	0,0,0,2,0,0,0,0
        乱收	0,0,0,3,0,0,0,0
        了	53,52,63,56,57,60,24,46
        了一	12,3,11,8,10,13,1,3
        了三	3,6,5,4,2,5,0,2
        了不	0,3,0,0,0,0,0,0
        了两	6,6,4,11,2,8,0,2
        了也	0,0,1,0,0,1,0,1
        了二	0,0,1,0,0,1,0,0
        了五	1,0,0,1,3,0,0,2
        了你	0,3,2,0,1,0,0,1
        了几	0,0,0,0,0,1,0,1
        了十	0,0,0,0,0,1,0,1
        了半	1,1,1,1,1,1,0,1
        了句	4,0,0,0,0,0,0,0
        了吧	0,3,0,0,0,0,0,0
        了四	3,0,1,0,0,2,0,1
        了好	0,0,0,0,0,3,0,0
        了定	0,0,0,1,0,0,0,1
        了年	0,0,0,2,0,0,0,0
        了张	0,0,0,0,0,2,0,0
        了律	0,3,1,0,0,2,0,4
        了快	0,0,1,0,0,1,0,0
        了我	1,0,0,8,0,1,0,1
        了才	0,1,0,1,0,0,0,0
        了投	0,2,0,1,0,1,0,3
        了报	0,0,0,1,0,1,0,0
        了整	0,0,1,0,0,1,0,0
        了新	0,0,0,0,1,0,1,0
        了本	0,4,0,1,0,1,0,0
        了水	0,0,0,0,2,0,0,0
        了没	0,0,0,0,0,2,0,0
        了照	0,2,0,0,0,0,0,0
        了申	1,0,2,1,0,0,0,1
        了电	0,0,0,1,2,0,0,1
        了网	0,0,1,0,0,0,0,1
        了视	1,0,1,0,0,0,0,0
        了警	1,0,1,2,3,2,0,0
        了还	1,0,4,1,1,1,0,0
        了这	1,0,0,1,1,0,0,0
        了金	2,0,0,0,0,0,0,0
        了钱	0,0,0,1,0,0,0,1
        了门	0,0,2,0,0,0,0,0
        予	0,1,0,1,0,0,0,0
        事	14,8,4,7,12,4,4,4
        事你	3,1,0,0,1,0,0,0
        事儿	2,0,0,0,0,0,0,0
        事务	1,1,0,1,0,0,1,1
        事去	1,0,0,2,0,1,0,0
        事我	2,0,1,0,0,0,0,1
        事说	0,2,0,2,0,1,0,0
        二	3,3,3,6,0,3,5,0
        二十	1,0,1,1,0,2,1,0
        二次	1,1,0,1,0,0,1,0
        于	5,2,3,1,0,1,1,3
        于上	0,1,1,0,0,0,0,0
        于贵	2,0,1,0,0,0,0,0
        五	3,1,2,5,3,1,1,4
        五个	1,0,0,1,0,0,0,2
        五八	1,0,0,0,0,1,0,0
        五六	0,0,0,0,0,0,1,1
        五天	0,1,2,2,0,0,0,1
        五针	0,0,0,0,2,0,0,0
        些	1,0,0,0,0,0,1,1
        交	5,4,4,4,2,1,2,9
        交了	1,4,2,2,0,1,0,5
        交到	1,0,0,0,0,0,0,1
        交给	1,0,1,0,1,0,1,0
        产	0,2,0,0,3,0,0,0
        产品	0,0,0,0,3,0,0,0
        产日	0,2,0,0,0,0,0,0
        享	0,0,0,1,0,1,1,0
        享单	0,0,0,0,0,1,1,0
        亮	0,0,0,0,1,3,0,0
        亲	3,1,2,1,1,1,0,0
        人	31,13,18,20,30,31,16,20
        人一	0,0,0,0,0,1,1,0
        人上	1,0,0,1,0,1,0,0
        人不	1,0,0,0,0,0,2,0
        人为	0,2,0,0,0,0,0,0
        人了	1,0,0,0,1,0,0,1
        人于	1,1,0,0,0,0,0,0
        人來	0,0,0,0,0,1,1,0
        人修	0,0,0,0,0,4,0,0
        人冒	0,0,1,0,0,0,0,3
        人出	1,0,0,0,0,0,0,1
        人去	0,0,0,0,0,1,0,1
        人反	2,1,1,1,1,1,0,1
        人受	0,0,0,0,6,0,0,0
        人只	1,0,0,0,0,1,0,0
        人员	6,0,0,0,1,4,0,0
        人員	3,0,0,0,0,1,0,0
        人因	0,0,0,1,0,0,1,1
        人在	0,1,0,1,2,1,0,1
        人家	1,0,1,0,1,0,0,0
        人将	0,2,0,0,0,0,0,0
        人工	1,0,0,0,0,2,3,0
        人已	2,1,0,1,1,0,0,2
        人拿	0,0,4,0,0,0,0,0
        人接	1,0,1,0,0,0,0,0
        人提	0,0,0,2,0,0,0,0
        人来	0,0,0,0,2,3,0,0
        人民	1,1,1,1,0,0,0,0
        人没	0,1,0,0,2,0,0,0
        人用	0,1,0,0,1,0,1,2
        人的	3,0,0,0,0,0,0,1
        人看	0,0,0,0,1,0,1,1
        人称	1,1,0,0,0,0,0,1
        人管	0,0,2,1,1,3,0,1
        人能	1,0,0,0,0,0,0,1
        人被	0,0,0,0,2,0,0,0
        人要	1,1,1,0,1,1,0,0
        人说	2,3,4,4,1,0,0,1
        人起	0,0,0,0,0,0,1,1
        人都	1,0,2,0,0,1,0,0
        什	5,3,1,11,3,1,8,10
        什么	5,3,1,11,3,1,8,10
        今	15,1,2,3,4,5,0,1
        今天	11,1,2,2,4,5,0,1
        今晚	4,0,0,0,0,0,0,0
        介	1,0,0,2,0,0,0,0
        仍	0,0,0,1,1,0,0,0
        从	1,0,1,13,1,1,0,0
        从来	0,0,0,11,0,0,0,0
        仔	0,0,0,2,0,0,0,0
        仔细	0,0,0,2,0,0,0,0
        他	16,3,0,2,10,4,0,2
        他上	0,0,0,0,1,1,0,0
        他专	0,0,0,0,3,0,0,0
        他们	0,2,0,1,1,2,0,1
        他就	5,0,0,0,0,0,0,0
        他直	3,0,0,0,0,0,0,0
        他说	3,1,0,0,1,0,0,0
        他还	0,0,0,0,2,0,0,0
        付	0,0,1,7,0,1,1,2
        付款	0,0,0,2,0,0,0,1
        付的	0,0,0,2,0,0,0,0
        代	1,0,0,0,2,0,0,1
        以	2,3,2,3,1,0,8,3
        以为	0,0,1,1,0,0,0,0
        以前	0,0,0,2,0,0,0,0
        以后	2,0,1,0,0,0,0,1
        以默	0,0,0,0,0,0,2,0
        仪	0,3,1,0,0,2,0,0
        仪器	0,1,1,0,0,0,0,0
        们	36,29,24,23,36,20,21,34
        们一	0,0,0,1,0,0,0,3
        们也	0,0,1,1,0,1,1,0
        们了	0,0,0,0,0,2,0,1
        们公	2,0,1,0,0,2,1,3
        们内	2,0,0,0,0,0,0,1
        们别	0,0,0,1,0,0,1,0
        们单	0,0,0,0,0,0,0,2
        们卖	0,4,0,0,3,0,0,0
        们商	0,0,0,0,1,1,0,0
        们官	0,0,3,0,0,0,0,0
        们客	4,1,1,1,0,0,0,0
        们家	1,4,0,1,4,0,0,0
        们平	0,2,0,0,1,0,1,9
        们店	2,1,0,0,3,0,0,0
        们影	0,0,0,0,1,1,0,0
        们必	0,1,0,0,2,0,0,0
        们快	1,0,1,0,0,0,0,0
        们怎	0,1,0,1,0,0,0,0
        们打	0,0,1,1,1,0,0,0
        们把	0,0,2,0,0,1,1,0
        们按	0,0,2,1,0,0,0,0
        们法	0,0,1,3,0,0,0,0
        们派	1,0,1,0,1,0,0,0
        们物	1,0,1,0,0,1,0,0
        们的	8,1,0,1,1,1,2,4
        们给	2,2,0,0,1,0,0,0
        们网	0,0,0,0,1,0,1,0
        们自	0,1,1,0,0,0,0,0
        们药	0,0,0,0,1,0,1,0
        们营	3,0,0,0,0,1,0,0
        们超	1,3,0,0,5,0,0,0
        们车	1,1,0,0,0,0,0,0
        们这	0,3,2,2,2,0,1,3
        们酒	1,0,0,0,1,2,0,1
        们重	0,0,0,1,0,0,1,0
        们银	1,0,0,1,0,2,1,0
        仲	0,0,1,1,0,0,0,2
        仲裁	0,0,1,1,0,0,0,2
        件	4,0,14,1,3,2,5,2
        件也	0,0,2,0,0,0,0,0
        件事	1,0,0,0,0,0,0,1
        件码	0,0,0,0,0,0,3,0
        件被	0,0,2,0,0,0,0,0
        价	3,1,6,2,0,0,2,2
        价值	0,0,3,0,0,0,0,0
        价格	1,1,0,0,0,0,0,1
        价赔	0,0,3,0,0,0,0,0
        任	1,0,2,4,1,1,0,5
        任何	0,0,2,4,0,0,0,5
        份	0,1,0,1,0,0,1,4
        份在	0,0,0,0,0,0,0,2
        仿	0,3,0,0,0,0,0,0
        众	2,0,0,0,0,0,2,1
        众号	0,0,0,0,0,0,2,1
        优	0,0,0,0,0,0,2,1
        优惠	0,0,0,0,0,0,1,1
        伙	3,0,0,0,0,0,0,0
        伙子	3,0,0,0,0,0,0,0
        会	10,6,4,13,4,9,11,11
        会上	1,0,0,0,0,1,0,0
        会为	0,0,0,0,0,1,0,1
        会交	0,0,1,0,0,0,0,1
        会去	3,4,1,2,0,1,4,2
        会员	0,0,0,6,0,0,1,2
        会寄	1,1,0,0,0,1,0,0
        会找	1,0,0,0,1,0,0,1
        会把	1,0,1,0,1,0,0,1
        会改	0,0,0,0,0,0,2,0
        会用	2,0,0,0,0,0,1,0
        会议	0,0,0,1,0,3,0,0
        会说	0,0,1,1,0,2,0,1
        会费	1,0,0,0,0,1,0,0
        传	0,3,0,0,0,0,0,1
        伤	0,0,0,0,14,0,1,0
        伤了	0,0,0,0,4,0,0,0
        估	0,0,1,1,0,0,0,0
        似	1,0,0,0,0,0,1,0
        但	10,7,9,8,12,6,0,9
        但你	2,3,3,2,5,1,0,0
        但孩	0,0,0,0,1,0,0,1
        但已	0,1,0,0,1,2,0,0
        但律	1,0,0,1,0,0,0,0
        但我	0,0,2,2,0,0,0,2
        但是	0,0,0,0,1,0,0,1
        但本	0,0,1,1,0,0,0,0
        但这	1,2,0,0,2,1,0,0
        位	4,1,0,0,0,3,3,2
        位置	0,0,0,0,0,1,1,1
        位老	1,0,0,0,0,1,0,0
        低	3,1,0,0,1,0,0,0
        低头	3,0,0,0,1,0,0,0
        住	4,3,0,1,4,7,2,2
        住了	0,1,0,0,1,2,0,0
        住在	1,0,0,0,0,0,1,0
        住院	0,0,0,0,2,0,0,0
        体	3,5,1,3,2,5,8,3
        体投	0,1,0,0,0,1,0,0
        体报	0,0,0,0,0,0,3,0
        体的	0,0,0,0,0,1,1,0
        何	0,0,2,4,0,0,0,5
        何人	0,0,0,2,0,0,0,0
        何解	0,0,0,0,0,0,0,2
        余	0,0,0,1,0,1,1,0
        作	6,0,1,4,2,5,4,1
        作人	6,0,0,0,1,4,0,0
        作日	0,0,0,3,0,1,1,0
        作的	0,0,0,0,1,0,1,0
        你	43,28,24,18,35,18,19,33
        你们	35,26,23,18,34,16,18,32
        你們	1,0,0,0,1,0,1,1
        你去	2,2,1,0,1,1,0,1
        你听	2,0,0,0,0,0,0,0
        使	1,1,0,0,1,2,0,0
        使用	0,1,0,0,1,2,0,0
        來	1,1,0,0,0,2,2,1
        供	0,0,0,2,0,0,1,1
        依	1,0,1,0,0,0,0,0
        侧	0,0,1,0,0,1,0,0
        便	1,0,0,0,2,2,4,0
        促	0,0,1,1,0,0,0,0
        保	3,4,2,4,0,3,3,8
        保价	0,0,2,1,0,0,0,0
        保安	1,0,0,0,0,2,0,0
        保时	0,0,0,0,0,0,0,2
        保留	0,0,0,0,0,0,1,1
        保险	0,0,0,1,0,0,0,1
        信	3,2,9,10,1,0,4,10
        信也	0,0,1,0,0,0,0,1
        信息	0,0,5,0,0,0,1,6
        信用	1,0,0,7,0,0,0,0
        信部	1,0,0,1,0,0,0,4
        修	2,3,0,1,7,18,0,3
        修中	0,0,0,0,0,2,0,0
        修了	0,1,0,0,0,2,0,0
        修好	0,1,0,0,0,1,0,0
        修师	1,0,0,0,0,1,0,0
        修改	0,0,0,0,0,0,0,3
        修电	0,0,0,0,2,0,0,0
        個	0,2,1,0,0,1,1,1
        個半	0,0,0,0,0,1,1,0
        倍	0,0,1,3,0,0,1,0
        們	1,0,0,0,1,0,2,1
        們的	1,0,0,0,0,0,1,1
        倒	0,2,2,1,4,2,1,0
        倒不	0,0,2,0,0,0,0,0
        候	2,0,1,4,1,5,4,3
        候能	0,0,0,1,0,0,2,1
        候被	0,0,0,1,1,0,0,0
        候车	0,0,0,0,0,3,0,0
        借	0,0,0,0,0,0,0,3
        借了	0,0,0,0,0,0,0,3
        值	1,1,3,4,0,1,1,0
        值业	0,0,0,2,0,0,0,0
        值八	0,0,2,0,0,0,0,0
        假	0,5,1,0,0,0,1,0
        假的	0,2,0,0,0,0,0,0
        假货	0,3,0,0,0,0,0,0
        做	4,3,1,2,1,1,9,1
        做工	0,2,0,0,0,0,0,0
        做律	3,0,0,1,0,0,0,0
        做得	0,0,0,0,0,0,2,0
        做新	0,0,0,0,0,0,2,0
        做的	0,0,1,0,0,0,1,0
        停	2,0,4,4,2,16,3,2
        停了	0,0,1,2,0,1,0,0
        停使	0,0,0,0,0,2,0,0
        停在	0,0,3,0,0,1,1,0
        停服	0,0,0,0,0,2,0,0
        停机	0,0,0,0,0,0,0,2
        停车	1,0,0,4,1,8,1,0
        健	2,2,0,4,3,6,0,0
        健身	2,1,0,4,3,5,0,0
        偷	0,0,0,1,1,0,0,0
        偿	0,2,3,0,1,0,0,1
        偿方	0,1,0,0,0,0,0,1
        傅	2,2,1,0,2,1,0,0
        催	4,0,3,1,0,0,0,0
        催了	2,0,1,0,0,0,0,0
        催促	0,0,1,1,0,0,0,0
        催我	2,0,0,0,0,0,0,0
        像	2,2,0,0,1,0,0,0
        儿	3,4,0,0,8,1,2,0
        儿子	0,1,0,0,2,0,0,0
        儿童	0,1,0,0,5,0,2,0
        元	1,0,2,18,2,0,0,0
        元楼	0,0,0,0,2,0,0,0
        元的	0,0,1,1,0,0,0,0
        元门	1,0,1,0,0,0,0,0
        充	0,4,0,2,7,2,4,1
        充不	0,2,0,0,0,0,0,0
        充电	0,2,0,1,7,2,3,0
        先	0,1,1,3,1,0,1,3
        先说	0,1,1,0,0,0,0,0
        光	4,7,5,2,1,3,5,2
        光什	0,0,0,0,0,0,2,0
        光谁	1,0,0,0,0,0,1,0
        光过	0,3,1,0,0,0,0,0
        免	0,0,0,4,1,0,0,0
        免费	0,0,0,1,1,0,0,0
        兒	0,0,1,0,3,0,0,0
        入	2,0,0,1,0,0,0,6
        入住	1,0,0,1,0,0,0,0
        入口	1,0,0,0,0,0,0,5
        全	10,14,6,4,11,5,4,3
        全不	0,3,0,1,0,1,0,0
        全两	0,2,0,0,0,0,0,0
        全出	0,0,0,0,2,0,0,1
        全家	0,1,0,0,2,0,0,0
        全新	0,2,0,0,0,0,0,0
        全是	0,6,0,1,1,2,0,0
        全没	0,0,0,0,0,0,1,1
        全破	0,0,2,0,0,0,0,0
        全程	8,0,0,0,0,0,0,1
        全部	0,0,1,1,0,1,0,0
        全隐	0,0,0,0,2,0,0,0
        兩	0,1,1,0,0,0,0,0
        兩個	0,1,1,0,0,0,0,0
        八	1,1,4,2,0,2,0,0
        八千	0,0,3,1,0,0,0,0
        公	5,2,19,4,3,5,8,6
        公众	0,0,0,0,0,0,2,1
        公司	5,2,16,3,1,3,4,5
        公里	0,0,2,0,0,0,0,0
        六	2,1,1,2,0,2,2,3
        六个	0,0,0,0,0,0,1,2
        六十	0,1,0,1,0,1,1,0
        共	0,0,0,8,0,2,1,0
        共享	0,0,0,1,0,1,1,0
        共计	0,0,0,2,0,0,0,0
        关	5,2,3,2,2,1,2,3
        关于	2,2,1,1,0,1,1,2
        关闭	1,0,0,0,0,0,1,1
        其	3,1,2,5,2,3,1,4
        其他	1,0,0,0,1,1,0,1
        其妙	0,0,0,3,0,0,0,2
        其实	0,0,1,0,0,0,1,0
        具	0,2,2,0,1,0,4,0
        内	3,5,1,7,0,0,1,1
        内不	0,1,0,2,0,0,0,0
        内原	0,0,0,2,0,0,0,0
        内未	0,2,0,0,0,0,0,0
        内胆	0,2,0,0,0,0,0,0
        内退	0,0,0,2,0,0,0,0
        内部	3,0,0,0,0,0,0,1
        册	0,0,0,0,0,0,0,4
        册了	0,0,0,0,0,0,0,2
        再	4,2,3,2,2,3,3,0
        再不	0,1,1,1,0,2,0,0
        再来	2,0,0,0,0,0,0,0
        冒	1,2,1,2,5,0,0,4
        冒充	0,1,0,0,0,0,0,1
        冒出	0,0,0,2,0,0,0,0
        冒烟	0,0,0,0,4,0,0,0
        冒用	0,0,0,0,0,0,0,3
        写	0,6,3,6,0,7,2,1
        写字	0,0,0,0,0,5,0,0
        写得	0,0,3,0,0,0,0,0
        写明	0,0,0,1,0,1,0,0
        写的	0,1,0,1,0,0,0,0
        写着	0,3,0,3,0,0,0,0
        冰	1,1,6,0,0,0,0,0
        冰淇	0,0,2,0,0,0,0,0
        冰箱	0,1,3,0,0,0,0,0
        冲	4,2,0,0,1,1,0,0
        决	2,0,0,2,0,0,0,0
        况	1,1,0,1,0,0,0,1
        冷	1,1,1,0,1,5,0,0
        冻	0,1,0,3,2,0,0,5
        冻结	0,0,0,2,0,0,0,5
        准	4,6,7,3,2,3,1,2
        准备	4,4,5,3,2,2,0,2
        凉	0,0,1,0,1,0,0,0
        凌	0,0,0,1,1,0,0,1
        凌晨	0,0,0,1,1,0,0,1
        几	1,7,3,3,3,11,9,2
        几个	0,2,0,0,0,3,2,1
        几十	0,0,0,1,0,1,0,0
        几块	0,1,1,1,0,0,0,0
        几把	0,0,0,0,0,0,2,0
        几排	0,0,0,0,0,2,1,0
        几次	0,0,0,0,3,2,0,1
        几点	1,0,1,0,0,0,1,0
        几页	0,2,0,0,0,0,0,0
        凭	1,1,0,0,1,0,1,0
        凭证	0,1,0,0,1,0,1,0
        凶	2,0,0,0,0,0,0,0
        出	5,14,8,9,23,11,10,12
        出一	0,1,1,3,6,0,1,0
        出个	0,0,0,0,0,0,2,0
        出了	0,0,0,0,2,0,3,0
        出事	0,0,0,0,3,0,0,0
        出去	0,1,0,0,1,0,0,0
        出口	0,0,0,1,2,5,1,0
        出國	1,0,0,0,0,0,0,1
        出场	0,0,0,1,0,1,0,0
        出差	0,0,1,0,0,2,0,1
        出所	2,2,5,1,0,1,0,5
        出来	2,4,0,1,5,1,1,2
        出现	0,1,0,0,1,0,0,0
        出血	0,0,0,0,2,0,0,0
        出行	0,0,0,0,0,0,0,2
        函	1,4,1,1,0,2,0,0
        分	8,1,5,3,2,5,3,3
        分店	1,0,0,0,0,1,0,0
        分拣	0,0,3,0,0,0,0,0
        分期	0,0,0,2,0,0,0,0
        分钟	6,0,2,0,1,3,1,0
        切	0,2,0,0,0,0,0,1
        划	0,2,0,1,5,0,1,0
        划伤	0,0,0,0,2,0,0,0
        划痕	0,2,0,1,0,0,0,0
        划破	0,0,0,0,2,0,0,0
        列	0,3,0,0,0,0,0,1
        列号	0,3,0,0,0,0,0,0
        刚	1,1,2,0,4,0,0,1
        刚才	1,0,0,0,1,0,0,0
        初	0,0,1,3,1,0,0,0
        利	1,0,0,0,1,0,0,1
        别	16,1,3,1,7,1,8,1
        别冲	2,0,0,0,1,0,0,0
        别来	3,0,0,0,0,0,0,0
        别的	1,0,1,0,1,0,2,0
        别等	0,0,0,0,1,0,2,0
        刮	0,1,0,0,0,1,0,0
        到	22,20,47,18,25,10,15,21
        到一	0,2,1,0,4,0,0,0
        到三	0,0,1,0,0,0,0,1
        到两	0,0,0,1,1,0,0,0
        到了	2,0,7,0,5,0,0,1
        到任	0,0,2,2,0,0,0,0
        到你	2,0,0,0,0,0,0,0
        到入	0,0,0,0,0,0,0,3
        到半	0,1,0,0,0,0,1,0
        到同	1,0,0,0,1,0,0,0
        到后	0,1,0,0,1,0,0,0
        到周	1,0,0,0,0,0,1,0
        到媒	1,0,0,0,0,0,1,0
        到小	1,0,1,1,0,0,0,0
        到市	0,1,1,0,0,0,0,0
        到底	2,0,5,3,0,0,0,4
        到店	0,0,0,1,0,0,1,0
        到微	0,2,0,2,0,0,0,0
        到我	1,0,1,0,0,0,0,0
        到新	0,0,2,0,2,0,3,1
        到本	0,0,0,1,0,1,0,0
        到法	0,0,2,0,0,0,0,0
        到消	0,1,0,0,0,1,0,0
        到现	0,0,2,0,3,1,0,2
        到电	0,0,2,0,0,0,0,0
        到的	0,7,0,0,1,0,0,1
        到站	1,0,0,0,0,0,1,0
        到网	3,0,0,0,1,1,0,1
        到账	0,0,0,6,0,0,1,0
        到隔	0,0,4,0,0,0,0,0
        制	0,3,0,0,0,2,0,0
        制冷	0,1,0,0,0,2,0,0
        刷	3,2,1,2,5,0,0,2
        刷手	2,0,0,0,0,0,0,0
        刷短	0,0,0,0,4,0,0,0
        刹	0,0,0,0,2,0,0,0
        刹车	0,0,0,0,2,0,0,0
        刻	0,0,0,0,2,0,0,0
        刻派	0,0,0,0,2,0,0,0
        前	9,4,6,7,4,14,6,3
        前从	0,0,0,3,0,0,0,0
        前台	5,1,0,3,0,11,0,1
        前有	1,0,0,0,0,1,0,0
        前看	0,0,2,0,0,0,0,0
        前面	1,0,0,0,0,0,1,0
        剩	0,0,0,1,0,2,0,1
        副	1,1,0,0,0,0,0,0
        力	2,2,3,1,1,0,2,1
        力不	1,0,0,0,0,0,1,0
        力分	0,0,3,0,0,0,0,0
        办	6,1,0,6,0,3,0,4
        办了	0,0,0,2,0,1,0,0
        办理	2,0,0,1,0,0,0,1
        功	0,0,0,0,0,0,4,0
        功能	0,0,0,0,0,0,4,0
        加	2,0,2,6,2,0,19,0
        加一	0,0,0,0,0,0,6,0
        加个	0,0,0,0,1,0,5,0
        加了	0,0,0,2,0,0,0,0
        加收	0,0,0,2,0,0,0,0
        务	7,1,3,9,0,4,7,4
        务员	2,0,0,0,0,0,0,2
        务已	0,0,1,0,0,1,0,0
        务所	1,1,0,1,0,0,1,1
        务时	1,0,0,0,0,0,1,0
        务费	0,0,0,3,0,0,0,0
        务部	0,0,1,1,0,0,0,0
        动	0,3,4,7,6,2,8,1
        动不	0,0,2,0,0,0,0,0
        动扣	0,0,0,2,0,0,0,0
        动续	0,0,0,2,0,0,2,0
        动车	0,0,0,0,4,0,1,0
        动选	0,0,0,0,0,0,2,0
        动鞋	0,2,0,0,0,0,0,0
        助	1,0,0,0,1,5,2,0
        助缴	0,0,0,0,0,2,0,0
        勤	1,0,0,0,0,1,1,1
        勾	0,0,0,1,0,0,3,0
        勾选	0,0,0,0,0,0,2,0
        包	3,6,15,4,6,2,2,0
        包装	0,4,1,0,2,0,0,0
        包裹	2,0,14,0,0,1,2,0
        包邮	0,0,0,2,0,0,0,0
        包里	1,0,0,0,2,0,0,0
        化	0,0,3,0,0,0,2,0
        化成	0,0,2,0,0,0,0,0
        北	0,2,0,0,0,0,0,0
        北美	0,2,0,0,0,0,0,0
        区	2,1,6,2,4,5,10,1
        区的	0,0,1,0,0,0,1,0
        区里	0,0,0,1,0,0,1,0
        区门	0,0,2,0,0,0,3,0
        医	2,1,0,0,13,2,2,1
        医生	0,0,0,0,2,0,0,0
        医疗	0,0,0,0,2,0,0,0
        医院	2,1,0,0,11,2,2,0
        十	8,4,3,7,0,13,4,1
        十个	0,0,0,1,0,1,0,0
        十二	0,0,1,1,0,0,0,0
        十五	0,0,0,2,0,0,0,0
        十几	0,0,0,1,0,3,0,1
        十分	5,0,1,0,0,2,1,0
        十多	2,2,0,0,0,4,1,0
        十天	0,1,1,1,0,1,0,0
        十点	1,0,0,0,0,0,2,0
        千	0,1,3,7,1,0,0,0
        千元	0,0,1,1,0,0,0,0
        千块	0,0,1,2,0,0,0,0
        千多	0,1,1,1,0,0,0,0
        午	3,2,5,1,1,5,4,1
        午就	1,1,0,1,0,0,0,0
        半	2,6,6,2,6,13,5,2
        半个	0,3,1,0,0,1,0,0
        半夜	0,1,0,1,2,3,0,0
        半天	0,0,0,1,0,0,2,1
        半小	1,0,1,0,1,2,2,0
        半是	0,2,0,0,0,1,0,0
        协	4,6,1,5,0,2,2,1
        协了	0,1,0,1,0,0,0,0
        协投	2,1,1,2,0,1,0,0
        单	4,1,6,15,2,2,10,7
        单上	0,0,0,3,0,0,0,1
        单位	0,0,0,0,0,0,1,1
        单元	1,0,1,0,2,0,0,0
        单号	1,0,0,0,0,1,0,0
        单子	2,0,0,0,0,0,0,0
        单方	0,0,0,0,0,0,0,2
        单被	0,0,0,3,0,0,0,0
        单车	0,0,0,0,0,1,1,0
        单里	0,0,0,4,0,0,1,0
        单页	0,0,0,1,0,0,1,0
        卖	4,10,3,3,12,0,5,0
        卖小	1,0,1,0,1,0,0,0
        卖平	0,0,0,0,0,0,3,0
        卖的	0,5,0,0,8,0,0,0
        卖给	0,3,0,0,0,0,0,0
        卖订	0,0,0,2,0,0,0,0
        卖骑	3,0,0,0,0,0,1,0
        博	3,6,2,2,1,3,0,1
        博上	0,2,0,2,0,0,0,0
        博主	0,2,0,0,0,1,0,0
        博曝	1,1,0,0,0,0,0,0
        博让	0,0,0,0,0,1,0,1
        卡	3,2,0,14,5,5,3,4
        卡了	0,0,0,0,0,2,0,0
        卡可	0,0,0,0,0,0,1,1
        卡在	0,1,0,2,1,0,0,1
        卡扣	0,0,0,0,2,0,0,0
        卡莫	0,0,0,3,0,0,0,0
        卫	0,0,4,0,4,4,1,0
        卫和	0,0,3,0,0,0,0,0
        卫室	0,0,1,0,0,0,1,0
        卫生	0,0,0,0,4,3,0,0
        印	0,5,0,0,1,0,1,1
        印着	0,2,0,0,1,0,0,0
        即	1,0,0,0,1,0,0,2
        即冻	0,0,0,0,0,0,0,2
        却	0,1,0,1,0,0,0,1
        卷	0,0,0,0,2,0,0,0
        卸	0,0,0,0,0,1,0,4
        卸载	0,0,0,0,0,0,0,4
        厂	0,2,0,0,1,0,0,0
        厅	7,0,1,1,1,7,3,2
        厅办	3,0,0,0,0,0,0,0
        厅的	0,0,0,0,0,5,0,0
        厅说	0,0,0,1,0,0,0,2
        厅里	1,0,0,0,0,0,1,0
        历	0,0,0,0,1,1,0,0
        压	0,1,8,0,2,0,1,0
        压扁	0,0,4,0,0,0,0,0
        压药	0,0,1,0,1,0,0,0
        厕	0,0,0,0,0,3,0,0
        厕所	0,0,0,0,0,3,0,0
        原	2,3,1,3,1,2,0,4
        原因	0,0,0,1,0,0,0,4
        原本	2,0,0,0,1,1,0,0
        原装	0,2,0,0,0,0,0,0
        原路	0,0,0,2,0,0,0,0
        厨	0,0,0,0,8,0,0,0
        厨卫	0,0,0,0,2,0,0,0
        厨的	0,0,0,0,2,0,0,0
        去	22,21,14,15,20,18,9,19
        去一	0,2,0,0,0,1,0,2
        去了	1,1,5,0,0,0,0,0
        去你	1,0,0,0,1,1,0,0
        去医	0,0,0,0,4,0,0,0
        去取	0,0,1,0,0,1,0,0
        去告	3,1,1,2,1,1,0,1
        去哪	1,0,1,1,0,1,0,1
        去工	0,0,0,0,0,0,0,2
        去市	0,1,0,1,0,0,0,0
        去年	1,1,0,0,0,0,0,0
        去打	0,0,0,0,0,1,1,0
        去找	2,2,0,1,0,2,4,0
        去报	1,0,0,1,0,0,0,0
        去拿	0,0,3,0,0,0,0,0
        去曝	0,2,0,0,0,0,0,0
        去法	0,1,0,2,0,0,0,1
        去派	1,1,0,0,0,0,0,4
        去消	3,2,1,2,0,0,0,0
        去网	0,1,0,1,0,0,1,1
        去邮	0,0,4,0,0,0,0,0
        去都	0,0,0,0,0,0,1,1
        去银	0,0,0,0,0,0,0,2
        又	5,0,3,9,1,4,2,1
        又不	2,0,0,0,0,0,0,0
        又加	0,0,0,2,0,0,0,0
        又坏	0,0,0,0,0,2,0,0
        又被	0,0,0,2,0,0,0,0
        及	1,0,0,0,2,1,0,0
        及时	0,0,0,0,2,0,0,0
        友	1,3,2,1,2,1,2,1
        友在	0,0,0,0,2,0,0,0
        友说	1,2,1,1,0,1,2,1
        双	0,0,0,2,0,0,0,0
        反	3,4,1,3,2,8,3,1
        反应	0,0,0,0,0,2,0,0
        反映	3,3,1,3,1,6,3,1
        发	11,14,11,12,13,10,1,6
        发了	0,2,1,0,0,1,0,1
        发到	4,1,1,1,1,1,0,2
        发小	0,0,1,0,0,1,0,0
        发帖	0,0,0,2,0,0,0,0
        发微	2,1,2,0,1,2,0,1
        发抖	2,1,0,1,0,0,0,0
        发毛	0,0,0,0,1,1,0,0
        发烫	0,0,0,0,3,0,0,0
        发现	0,3,0,4,4,0,0,0
        发票	0,0,0,1,0,0,1,1
        发给	2,0,1,2,0,3,0,0
        发货	0,0,2,0,0,0,0,0
        发酸	0,2,0,0,1,0,0,0
        发霉	0,2,0,0,0,0,0,0
        取	2,0,2,6,0,3,5,6
        取件	2,0,0,0,0,1,4,0
        取消	0,0,0,2,0,0,0,6
        受	4,1,2,1,6,0,2,2
        受伤	0,0,0,0,6,0,0,0
        受影	0,0,0,0,0,0,0,2
        受理	1,0,2,1,0,0,0,0
        变	1,0,1,1,1,0,0,0
        口	15,3,5,2,10,10,12,6
        口一	3,1,0,0,0,0,0,1
        口吃	0,0,0,0,2,0,0,0
        口就	2,1,0,0,0,0,0,0
        口排	0,0,0,0,0,2,0,0
        口旁	0,0,0,1,0,0,1,0
        口的	1,0,1,0,1,4,0,0
        口被	0,0,0,0,3,0,0,0
        口装	0,0,0,0,0,0,2,0
        句	21,0,0,2,1,0,1,1
        句怎	2,0,0,0,0,0,0,0
        另	0,0,0,1,0,1,1,1
        另外	0,0,0,0,0,1,1,1
        只	7,7,6,6,2,21,8,8
        只会	0,1,1,1,0,2,0,1
        只希	2,0,0,0,1,0,0,0
        只想	2,1,1,1,0,0,1,1
        只是	2,0,2,1,1,2,2,1
        只有	0,2,0,0,0,4,0,0
        只给	0,0,1,0,0,0,0,3
        只能	0,0,0,1,0,7,4,1
        只要	1,0,0,0,0,0,1,0
        只說	0,0,0,1,0,1,0,0
        只贴	0,0,0,0,0,2,0,0
        叫	5,1,1,1,0,2,0,0
        叫号	0,0,0,0,0,2,0,0
        叫我	0,1,0,1,0,0,0,0
        可	2,1,5,4,3,4,8,9
        可以	0,1,0,0,0,0,7,1
        可你	0,0,0,0,1,0,0,1
        可我	0,0,3,2,0,1,0,3
        可这	0,0,0,1,0,0,0,1
        台	17,12,7,8,7,21,9,12
        台上	2,1,0,0,1,0,0,0
        台只	0,0,0,0,0,3,1,0
        台把	0,0,0,1,0,0,1,0
        台报	0,1,0,0,0,0,0,1
        台提	0,1,1,0,0,0,0,0
        台注	0,0,0,0,0,0,0,2
        台电	0,0,0,0,0,1,0,1
        台的	2,1,0,0,2,1,0,3
        台管	2,0,0,0,0,0,0,0
        台给	2,0,0,0,0,0,0,0
        台能	0,0,0,0,0,0,2,0
        台说	0,0,0,3,0,7,0,1
        台还	0,1,0,1,0,0,0,1
        台那	3,0,0,0,0,0,0,0
        台阶	0,0,0,0,1,1,0,0
        右	1,1,0,0,1,0,0,0
        号	4,6,5,1,0,9,4,16
        号厅	0,0,0,0,0,2,0,0
        号和	1,1,1,0,0,0,0,1
        号机	0,0,0,0,0,3,1,0
        号楼	0,0,0,0,0,3,0,0
        号突	0,0,0,0,0,0,0,4
        号被	0,0,0,0,0,0,0,4
        司	10,4,20,7,9,3,4,7
        司只	0,0,0,0,0,1,0,1
        司因	0,0,1,0,0,0,1,2
        司客	2,0,0,0,0,0,0,0
        司已	0,0,0,0,0,1,0,1
        司把	0,0,4,0,0,0,0,0
        司机	5,0,1,1,8,0,0,0
        司法	0,0,1,0,0,1,0,0
        司的	1,0,0,0,1,0,1,1
        司被	0,0,2,0,0,0,1,0
        司运	0,0,2,0,0,0,0,0
        吃	2,2,0,0,17,0,5,0
        吃下	0,0,0,0,2,0,0,0
        吃不	2,0,0,0,0,0,2,0
        吃了	0,0,0,0,4,0,0,0
        吃出	0,0,0,0,3,0,0,0
        吃到	0,0,0,0,2,0,0,0
        吃完	0,0,0,0,4,0,0,0
        吃饭	0,0,0,0,1,0,1,0
        合	0,3,2,5,2,3,1,0
        合作	0,0,0,1,1,0,1,0
        合同	0,3,2,3,0,3,0,0
        吊	0,2,0,0,0,0,0,0
        吊牌	0,2,0,0,0,0,0,0
        同	4,8,5,13,5,6,4,3
        同一	2,1,0,6,2,0,0,3
        同上	0,1,0,1,0,0,0,0
        同事	0,2,1,2,1,1,1,0
        同城	0,0,1,0,0,1,1,0
        同意	0,1,1,2,0,0,0,0
        同时	1,1,1,0,1,1,1,0
        同约	0,2,1,0,0,0,0,0
        同里	0,0,0,1,0,1,0,0
        名	2,0,0,5,0,0,0,4
        名其	0,0,0,3,0,0,0,2
        后	14,8,3,3,14,9,2,12
        后一	0,0,0,0,0,0,0,6
        后不	1,0,0,0,0,1,0,0
        后倒	0,0,0,0,0,2,0,0
        后厨	0,0,0,0,7,0,0,0
        后来	1,1,0,0,0,0,1,0
        后的	0,0,0,0,0,0,0,2
        后直	2,0,0,1,0,0,0,0
        后续	0,0,0,0,1,0,0,1
        后说	1,2,0,0,0,0,0,0
        后面	4,0,1,0,0,2,0,0
        吐	0,0,0,0,7,1,0,0
        吐下	0,0,0,0,5,0,0,0
        吐出	0,0,0,0,1,1,0,0
        向	0,9,4,11,3,3,3,5
        向市	0,3,0,0,3,2,0,0
        向民	0,0,0,1,0,0,0,4
        向法	0,1,0,2,0,0,0,0
        向消	0,1,0,2,0,1,1,0
        向邮	0,0,3,0,0,0,0,0
        向金	0,0,0,4,0,0,0,0
        吓	0,0,0,0,2,0,0,0
        吗	2,0,0,1,0,0,0,2
        吞	0,0,0,0,3,3,0,0
        吞下	0,0,0,0,2,0,0,0
        吞卡	0,0,0,0,0,2,0,0
        吧	1,4,1,0,3,1,1,0
        含	1,1,0,2,0,0,0,0
        听	12,2,0,1,4,2,2,0
        听不	5,0,0,0,0,0,0,0
        听朋	1,1,0,0,0,0,0,0
        听说	0,0,0,1,4,0,0,0
        启	0,0,0,0,0,2,0,0
        启一	0,0,0,0,0,2,0,0
        吸	0,1,0,0,1,0,0,0
        吹	0,0,0,0,1,2,0,0
        吹风	0,0,0,0,1,2,0,0
        吼	4,0,0,0,0,0,0,0
        吼大	2,0,0,0,0,0,0,0
        告	3,2,1,5,1,1,1,3
        告你	0,1,0,2,0,0,0,0
        告啊	2,0,0,0,1,0,0,0
        告我	0,0,1,0,0,1,0,0
        告知	0,0,0,1,0,0,0,1
        员	23,1,13,7,3,7,1,6
        员一	2,0,0,0,0,0,0,0
        员全	3,0,0,0,0,0,0,0
        员在	2,0,0,0,0,0,0,0
        员工	2,0,0,1,0,1,0,0
        员态	2,0,0,0,0,0,0,0
        员放	0,0,2,0,0,0,0,0
        员根	0,0,0,0,0,0,0,2
        员没	0,0,3,0,0,0,0,0
        员电	0,0,2,0,0,0,0,0
        员说	0,1,2,0,0,2,0,0
        员费	0,0,0,4,0,0,0,0
        员都	0,0,0,0,1,1,0,0
        周	5,7,3,8,4,6,7,6
        周了	0,0,1,2,1,1,0,1
        周会	1,1,0,0,0,1,0,0
        周六	1,0,1,0,0,0,0,0
        周内	0,1,0,2,0,0,0,0
        周就	0,2,0,0,0,0,0,2
        周我	0,0,0,0,1,0,1,0
        周提	0,0,0,0,0,0,1,1
        周有	0,0,0,0,2,0,0,0
        周末	0,0,0,0,0,2,6,0
        味	0,8,0,0,4,1,1,0
        味道	0,0,0,0,1,0,1,0
        呵	1,0,1,0,0,0,0,0
        呼	1,0,1,0,0,0,0,0
        和	2,9,6,2,8,3,2,6
        和安	0,0,0,0,1,0,0,1
        和微	1,1,0,0,0,0,0,0
        和购	0,2,0,0,0,0,0,0
        和邻	0,0,3,0,0,0,0,0
        咧	3,0,0,0,0,0,0,0
        咧咧	3,0,0,0,0,0,0,0
        咨	0,1,1,2,0,1,1,2
        咨询	0,1,1,2,0,1,1,2
        咬	1,0,0,0,2,0,0,0
        咬到	0,0,0,0,2,0,0,0
        咱	0,0,0,1,0,0,1,0
        咱们	0,0,0,1,0,0,1,0
        咽	1,0,0,0,2,0,0,0
        咽下	0,0,0,0,2,0,0,0
        品	0,7,1,1,3,0,1,0
        品牌	0,3,0,0,0,0,0,0
        品页	0,1,0,1,0,0,0,0
        哈	0,2,0,0,1,0,1,1
        响	0,1,0,0,0,3,0,2
        响了	0,1,0,0,0,1,0,1
        員	3,0,0,1,0,1,1,2
        員卡	0,0,0,0,0,0,1,1
        哥	3,0,1,0,2,0,0,0
        哥送	1,0,0,0,1,0,0,0
        哪	3,0,3,3,0,1,0,2
        哪了	0,0,2,1,0,1,0,0
        哪里	0,0,0,0,0,0,0,2
        哭	1,0,0,0,1,0,0,0
        售	1,6,0,0,1,0,0,1
        售后	1,4,0,0,0,0,0,0
        售的	0,1,0,0,1,0,0,0
        商	0,4,0,1,2,6,1,1
        商品	0,1,0,1,0,0,1,0
        商场	0,1,0,0,1,5,0,0
        商家	0,3,0,0,1,0,0,1
        啊	5,2,4,2,2,1,0,1
        問	3,1,0,0,0,0,0,2
        啥	0,0,1,1,0,0,0,0
        喇	0,1,0,0,0,1,0,0
        喝	0,1,0,0,2,0,0,0
        喝出	0,0,0,0,2,0,0,0
        單	1,0,0,2,0,0,0,0
        嗎	1,0,0,0,0,0,0,1
        嗓	2,0,0,0,1,0,0,0
        嗓子	1,0,0,0,1,0,0,0
        嘴	0,1,0,0,5,0,0,0
        嘴巴	0,0,0,0,2,0,0,0
        嘴里	0,0,0,0,2,0,0,0
        器	0,8,1,1,5,8,0,0
        器人	0,2,0,0,0,0,0,0
        器半	0,0,0,0,0,2,0,0
        器坏	0,1,0,0,0,1,0,0
        四	4,1,3,3,1,3,0,1
        四个	0,0,1,0,0,0,0,1
        四十	4,1,0,0,0,2,0,0
        四天	0,0,2,0,0,0,0,0
        回	7,10,9,11,2,2,2,8
        回一	2,0,1,0,0,0,0,0
        回了	0,0,2,0,0,1,0,0
        回事	0,2,0,1,0,0,0,0
        回去	0,2,0,0,0,0,0,0
        回复	0,1,0,0,0,0,1,4
        回家	0,1,0,1,0,0,0,0
        回我	4,0,0,1,0,0,0,0
        回来	0,2,2,3,0,0,0,0
        回老	0,0,2,0,0,0,0,0
        因	5,0,1,3,0,0,3,10
        因为	4,0,1,2,0,0,3,7
        团	0,0,0,1,1,0,0,0
        团购	0,0,0,1,1,0,0,0
        国	0,0,3,0,0,0,0,1
        国家	0,0,2,0,0,0,0,0
        图	1,3,1,3,1,2,0,0
        图书	0,0,0,0,0,2,0,0
        图我	1,0,0,0,1,0,0,0
        圈	0,2,1,0,0,0,0,1
        國	1,0,0,0,0,0,0,1
        在	28,16,31,19,46,11,25,18
        在一	1,0,2,0,1,0,0,0
        在中	0,0,4,0,0,0,0,0
        在人	1,0,0,1,0,0,0,0
        在你	5,7,1,1,10,3,0,6
        在公	0,0,2,0,0,0,0,0
        在准	0,0,1,0,0,1,0,0
        在包	0,0,0,0,2,0,0,0
        在医	2,0,0,0,6,0,0,0
        在单	1,0,1,0,0,0,0,0
        在哪	1,0,1,2,0,0,0,1
        在在	0,0,0,0,2,0,0,0
        在地	0,0,0,0,1,0,2,0
        在外	0,0,0,0,1,0,0,1
        在家	0,0,2,1,2,0,0,1
        在小	0,0,1,0,0,0,3,0
        在已	0,0,1,2,2,0,0,0
        在急	0,0,0,0,4,0,0,0
        在我	0,0,1,0,1,0,0,0
        在旁	0,0,0,0,1,1,0,0
        在机	0,0,0,0,0,0,0,2
        在某	0,1,0,0,1,0,0,0
        在柜	1,0,0,0,0,1,0,0
        在楼	0,0,2,0,2,0,0,0
        在没	0,0,0,0,2,0,0,1
        在法	1,0,1,1,0,0,0,1
        在派	1,0,0,1,0,0,0,0
        在电	3,0,1,0,0,0,0,0
        在线	2,0,0,0,0,0,0,1
        在网	0,0,0,0,0,1,1,0
        在貴	0,1,0,0,1,0,0,0
        在贵	2,2,0,0,1,0,0,0
        在路	1,0,1,0,0,0,0,0
        在身	1,0,0,1,0,0,0,0
        在车	0,0,0,0,3,0,0,0
        在过	2,0,0,0,0,0,0,0
        在还	0,0,0,0,9,1,0,0
        在那	1,0,0,0,1,0,1,0
        在都	0,0,1,2,2,0,0,1
        在门	1,0,0,0,1,0,1,0
        在高	0,0,0,0,2,0,0,0
        地	12,7,10,3,6,8,6,6
        地上	3,0,0,0,2,1,0,0
        地下	0,0,0,0,1,2,0,0
        地勤	1,0,0,0,0,0,0,1
        地址	1,0,6,0,0,0,0,0
        地媒	0,2,0,0,0,0,0,0
        地新	0,0,2,0,0,2,0,0
        地机	0,2,0,0,0,0,0,0
        地电	2,1,0,1,0,1,0,0
        地说	3,0,0,0,0,0,0,0
        地铁	0,0,0,1,1,1,3,1
        地面	0,0,0,0,2,0,1,0
        场	2,7,3,6,7,15,2,2
        场三	0,0,0,0,0,2,0,0
        场停	0,0,0,2,0,1,0,0
        场出	0,0,0,0,0,4,0,0
        场地	0,0,0,0,0,2,0,0
        场的	0,0,1,0,2,1,0,0
        场监	0,7,1,2,3,4,1,0
        场视	1,0,0,0,0,1,0,0
        址	1,0,6,0,0,0,0,1
        址写	0,0,3,0,0,0,0,0
        均	0,0,0,1,1,0,0,0
        坏	0,4,2,0,4,29,0,0
        坏了	0,2,2,0,2,24,0,0
        坏的	0,0,0,0,2,4,0,0
        坐	0,1,0,0,2,4,3,0
        坐垫	0,1,0,0,0,2,0,0
        坐的	0,0,0,0,1,1,0,0
        坑	0,2,1,0,0,1,0,0
        块	0,6,5,15,3,0,2,2
        块漆	0,0,2,0,0,0,0,0
        块的	0,0,1,1,0,0,0,0
        块钱	0,1,0,2,0,0,0,0
        坡	0,0,0,0,0,1,1,0
        坡道	0,0,0,0,0,1,1,0
        垫	0,1,0,0,1,2,0,0
        城	1,0,2,0,2,1,1,0
        城市	0,0,1,0,2,0,0,0
        培	4,0,0,0,0,0,1,0
        培训	4,0,0,0,0,0,1,0
        堂	4,0,0,0,0,1,1,0
        堂经	4,0,0,0,0,0,0,0
        堆	0,0,0,0,1,0,3,0
        場	1,0,0,0,0,1,0,0
        堵	0,0,0,0,2,2,0,0
        堵住	0,0,0,0,0,2,0,0
        堵死	0,0,0,0,2,0,0,0
        塌	0,1,1,0,0,1,0,0
        塌下	0,1,0,0,0,1,0,0
        塑	0,2,0,0,3,0,0,0
        塑料	0,2,0,0,3,0,0,0
        境	0,0,0,1,0,0,1,0
        墙	3,0,0,1,1,1,0,0
        墙上	2,0,0,1,1,0,0,0
        增	0,0,0,2,0,0,7,0
        增值	0,0,0,2,0,0,0,0
        增加	0,0,0,0,0,0,6,0
        壁	0,0,6,0,0,1,0,0
        壁楼	0,0,2,0,0,0,0,0
        声	4,5,0,0,0,2,0,1
        声了	0,2,0,0,0,0,0,0
        声音	0,3,0,0,0,0,0,0
        壳	0,3,1,0,2,0,0,0
        处	2,3,1,3,8,4,0,5
        处理	1,2,1,3,8,3,0,5
        备	5,4,7,3,2,3,1,3
        备发	1,1,0,0,1,1,0,0
        备注	0,0,1,0,0,0,1,0
        备起	3,2,5,1,0,1,0,1
        复	0,5,1,3,0,0,1,5
        复扣	0,0,0,3,0,0,0,0
        夏	0,0,0,0,0,1,1,0
        夏天	0,0,0,0,0,1,1,0
        外	4,7,8,4,10,1,8,2
        外卖	4,1,3,3,5,0,5,0
        外地	0,0,0,0,0,0,1,1
        外壳	0,2,1,0,2,0,0,0
        外箱	0,0,5,0,0,0,0,0
        多	10,9,8,24,2,8,19,5
        多了	1,1,1,6,0,0,2,0
        多人	0,3,0,1,0,0,2,1
        多出	0,0,0,2,0,0,0,0
        多媒	0,1,1,0,0,2,1,0
        多小	0,0,1,0,0,0,0,3
        多岁	2,0,0,0,0,0,0,0
        多开	0,0,0,1,0,0,4,0
        多扣	0,0,0,5,0,0,0,0
        多收	0,0,0,2,0,0,0,0
        多月	0,0,0,3,0,2,0,0
        多次	0,0,1,1,0,0,0,0
        多的	0,0,1,0,1,0,1,0
        多给	0,0,0,0,0,0,2,0
        多装	0,0,0,0,0,0,2,0
        夜	0,2,0,1,2,3,2,2
        夜响	0,1,0,0,0,1,0,0
        夜班	0,0,0,0,0,0,1,1
        夜间	0,0,0,0,0,0,1,1
        够	1,0,0,0,0,1,0,0
        大	22,6,6,3,6,8,7,5
        大一	0,0,0,0,0,0,3,0
        大半	0,1,0,0,0,1,0,0
        大厅	2,0,1,0,0,1,1,0
        大叫	2,0,0,0,0,0,0,0
        大吼	3,0,0,0,0,0,0,0
        大块	0,0,2,0,0,0,0,0
        大堂	4,0,0,0,0,1,0,0
        大家	7,0,0,0,0,5,2,1
        大爷	1,0,0,0,2,0,0,0
        大的	0,0,0,0,2,1,0,0
        天	23,16,23,13,8,18,5,12
        天一	0,0,0,1,0,1,0,2
        天上	1,1,1,0,0,0,0,0
        天下	2,0,1,1,0,3,0,1
        天不	2,1,0,0,0,0,0,1
        天两	0,0,0,0,0,2,0,0
        天了	0,1,6,6,0,0,0,1
        天再	1,1,0,0,0,2,0,0
        天去	1,0,0,0,0,1,0,0
        天又	0,0,0,0,0,2,0,0
        天后	0,0,0,0,0,0,0,3
        天在	1,0,0,0,1,0,0,0
        天天	0,0,0,0,0,1,0,1
        天就	1,5,0,0,0,0,0,1
        天我	1,0,1,0,2,1,0,0
        天截	1,0,1,0,0,0,0,0
        天才	1,0,1,0,0,0,0,0
        天打	3,0,0,0,0,0,0,0
        天早	1,0,0,0,0,1,0,0
        天记	0,0,1,1,0,0,0,0
        天送	1,0,2,0,0,0,0,0
        天都	0,0,2,1,0,0,0,0
        太	5,12,1,2,5,3,10,0
        太久	0,1,0,0,0,0,1,0
        太多	0,2,1,0,0,0,1,0
        太小	0,0,0,0,1,1,3,0
        太差	1,3,0,0,0,0,0,0
        太折	0,2,0,0,0,0,0,0
        太长	0,0,0,0,0,0,2,0
        央	0,0,0,1,0,3,0,0
        央空	0,0,0,0,0,3,0,0
        失	0,0,3,0,1,0,0,1
        头	8,3,1,0,8,6,1,1
        头一	1,0,0,0,0,1,0,0
        头也	0,0,0,0,0,2,0,0
        头刷	2,0,0,0,1,0,0,0
        头发	0,0,0,0,2,1,0,0
        头就	1,0,0,0,1,0,0,0
        夹	0,2,0,0,1,0,0,0
        夹生	0,2,0,0,0,0,0,0
        套	1,3,0,2,0,0,0,1
        套餐	1,0,0,2,0,0,0,0
        女	2,0,0,0,4,2,0,0
        女儿	0,0,0,0,2,0,0,0
        女兒	0,0,0,0,2,0,0,0
        奶	0,8,0,0,3,0,0,0
        奶粉	0,3,0,0,0,0,0,0
        奶茶	0,0,0,0,3,0,0,0
        她	15,3,4,1,0,0,0,0
        她上	2,0,1,0,0,0,0,0
        她下	2,0,1,0,0,0,0,0
        她在	1,0,1,0,0,0,0,0
        好	8,13,11,9,16,11,7,5
        好一	0,0,1,1,0,0,0,0
        好了	0,1,0,1,0,0,3,1
        好像	1,0,0,0,1,0,0,0
        好几	0,4,1,1,3,7,0,0
        好发	0,1,1,0,1,0,0,0
        好在	0,0,0,0,2,0,0,0
        好多	1,3,0,0,0,1,0,0
        好好	3,0,0,0,2,0,0,0
        好我	0,0,0,0,2,0,0,0
        好查	0,0,0,0,2,0,0,0
        好没	0,0,0,0,4,0,0,0
        好的	1,0,0,1,0,0,0,2
        如	1,4,0,1,0,0,3,2
        如七	0,2,0,0,0,0,0,0
        如果	1,0,0,0,0,0,1,1
        妈	0,0,0,1,1,1,3,1
        妙	0,0,0,3,0,0,0,2
        妙被	0,0,0,2,0,0,0,2
        妹	0,1,0,0,1,0,0,0
        妹们	0,1,0,0,1,0,0,0
        始	0,0,1,0,2,0,1,1
        姐	1,2,0,0,1,0,0,0
        姐妹	0,1,0,0,1,0,0,0
        委	3,4,1,1,1,1,0,2
        委托	3,4,1,0,1,0,0,0
        姨	3,0,0,0,0,0,1,0
        姨大	2,0,0,0,0,0,0,0
        婴	0,1,0,0,0,1,0,0
        婴儿	0,1,0,0,0,1,0,0
        媒	3,5,1,1,2,5,8,3
        媒体	3,5,1,1,2,5,8,3
        嫌	5,0,0,0,0,0,0,0
        嫌我	3,0,0,0,0,0,0,0
        子	14,12,12,2,17,3,5,2
        子为	0,1,1,0,0,0,0,0
        子买	0,2,0,0,0,0,0,0
        子去	0,0,0,0,2,0,0,0
        子在	0,0,1,0,3,0,0,0
        子就	0,1,0,0,0,1,1,0
        子差	0,0,0,0,3,0,0,0
        子往	2,0,0,0,0,0,0,0
        子是	0,0,1,0,0,1,0,0
        子每	2,0,0,0,0,0,0,0
        子的	2,1,0,0,0,0,0,1
        子还	0,0,1,0,1,0,0,0
        子都	0,0,1,1,0,0,1,0
        字	1,1,0,1,0,5,5,0
        字太	0,0,0,0,0,0,3,0
        字楼	0,0,0,0,0,5,0,0
        存	2,1,0,0,0,1,0,2
        存在	0,1,0,0,0,0,0,2
        学	1,1,1,0,1,2,1,1
        学校	1,0,0,0,0,1,1,1
        孩	2,4,0,0,16,1,2,1
        孩子	2,4,0,0,12,0,2,1
        它	0,0,0,0,0,1,0,1
        它就	0,0,0,0,0,1,0,1
        安	2,0,1,2,8,3,3,5
        安全	0,0,0,1,7,0,1,1
        安排	1,0,0,0,0,1,0,4
        安装	0,0,0,1,1,0,0,0
        完	6,7,1,1,6,3,3,0
        完全	0,5,0,1,0,1,1,0
        完就	2,0,0,0,1,0,0,0
        完钱	1,0,0,0,0,1,0,0
        官	0,3,5,3,0,0,0,3
        官司	0,1,2,3,0,0,0,1
        官方	0,2,3,0,0,0,0,0
        官网	0,1,0,0,0,0,0,2
        定	2,6,1,1,1,0,1,8
        定严	0,2,0,0,0,0,0,0
        定了	0,0,0,0,0,0,0,2
        定手	0,0,0,0,0,0,1,1
        定金	0,0,0,1,0,0,0,1
        宝	0,2,0,1,4,0,0,0
        宝在	0,0,0,0,2,0,0,0
        实	5,8,1,3,0,1,5,4
        实一	0,1,0,1,0,0,0,0
        实木	0,3,0,0,0,0,0,0
        实话	2,0,0,0,0,0,1,0
        实际	0,2,0,1,0,0,1,0
        审	0,1,0,0,0,0,1,0
        审核	0,1,0,0,0,0,1,0
        客	23,9,9,9,1,3,3,10
        客人	0,0,0,0,0,2,0,0
        客户	5,2,4,2,1,0,1,1
        客服	17,7,5,8,0,1,2,8
        宣	0,3,0,0,0,0,0,0
        宣传	0,2,0,0,0,0,0,0
        室	0,0,2,1,3,6,1,0
        室的	0,0,0,0,1,5,0,0
        害	0,0,0,0,3,0,0,0
        害怕	0,0,0,0,3,0,0,0
        家	16,13,22,12,22,9,9,8
        家一	0,1,1,0,0,0,0,0
        家三	0,0,1,0,3,0,0,0
        家也	0,0,0,0,2,0,0,0
        家人	0,0,0,1,0,1,0,1
        家住	1,0,0,0,0,1,0,0
        家公	0,0,6,0,0,0,0,0
        家具	0,0,2,0,0,0,0,0
        家出	0,1,0,0,1,0,0,0
        家分	1,0,0,0,0,1,0,0
        家只	0,0,0,0,0,2,0,0
        家就	1,0,1,0,0,0,0,0
        家属	1,0,2,0,0,0,0,0
        家店	0,0,0,1,1,0,1,0
        家律	1,0,0,0,0,0,1,0
        家政	1,0,0,1,0,0,1,0
        家注	0,1,0,0,1,0,0,0
        家火	0,0,0,0,2,0,0,0
        家的	0,2,3,0,4,0,0,0
        家看	1,0,0,0,0,1,0,0
        家评	4,0,0,0,0,0,0,0
        家这	0,2,0,1,0,0,0,0
        家邮	0,0,2,0,0,0,0,0
        家都	1,1,0,0,0,1,0,0
        家酒	0,0,0,1,0,0,0,1
        家里	0,0,0,2,2,0,0,2
        家长	0,0,0,1,3,0,1,1
        容	1,0,0,0,3,0,2,0
        容易	1,0,0,0,2,0,2,0
        宽	1,0,0,2,0,0,1,0
        宽带	1,0,0,2,0,0,0,0
        寄	1,5,11,1,0,1,2,0
        寄到	1,0,3,0,0,0,0,0
        寄回	0,3,2,0,0,0,1,0
        寄律	0,1,0,0,0,1,0,0
        寄给	0,0,4,0,0,0,1,0
        密	0,2,1,1,0,0,0,2
        密度	0,2,0,0,0,0,0,0
        密码	0,0,0,0,0,0,0,2
        察	1,2,0,0,1,1,2,0
        實	1,0,0,0,0,0,1,0
        对	8,4,2,3,0,1,0,1
        对我	4,0,0,0,0,0,0,0
        对方	1,0,1,0,0,0,0,1
        对板	0,2,0,0,0,0,0,0
        对面	1,0,1,1,0,0,0,0
        导	0,0,1,0,1,0,1,0
        封	0,3,0,0,0,0,0,3
        将	1,3,1,2,0,0,0,0
        将依	1,0,1,0,0,0,0,0
        将向	0,2,0,2,0,0,0,0
        對	2,0,1,0,0,0,1,0
        對我	1,0,0,0,0,0,1,0
        對方	2,0,0,0,0,0,0,0
        小	14,5,17,8,19,12,19,9
        小了	0,0,0,0,0,1,3,0
        小事	0,0,0,0,1,1,0,0
        小伙	3,0,0,0,0,0,0,0
        小区	1,0,6,2,2,4,6,0
        小哥	3,0,1,0,2,0,0,0
        小声	2,0,0,0,0,0,0,0
        小孩	0,0,0,0,4,1,0,0
        小建	0,0,0,0,0,0,5,0
        小时	2,1,7,4,3,3,4,8
        小時	0,1,0,0,0,1,1,0
        小朋	0,0,0,0,2,0,0,0
        小票	0,2,0,2,0,0,0,0
        小红	1,1,2,1,0,1,0,1
        小龙	0,0,0,0,2,0,0,0
        少	3,0,1,0,0,0,1,1
        就	48,38,19,12,16,16,15,22
        就一	2,2,1,1,0,0,0,0
        就下	2,0,0,0,0,0,0,0
        就不	2,2,1,1,0,1,0,1
        就丢	1,0,1,0,0,0,0,0
        就两	0,0,0,2,0,0,0,0
        就别	7,0,0,0,0,0,0,0
        就去	1,1,1,2,0,0,0,2
        就发	3,1,1,0,0,0,0,1
        就叫	1,0,1,0,0,0,0,0
        就在	1,0,2,0,0,0,0,0
        就好	0,0,0,0,0,0,2,0
        就希	1,0,1,0,0,0,0,0
        就开	0,3,1,0,0,0,0,0
        就想	3,1,2,1,0,2,0,5
        就打	0,0,1,0,0,0,0,1
        就找	0,1,1,0,0,1,0,0
        就把	2,0,3,1,0,0,0,0
        就挂	2,0,0,0,0,0,0,0
        就按	0,1,0,0,0,1,0,0
        就掉	0,3,0,0,2,0,0,0
        就提	1,0,0,0,0,0,1,0
        就散	0,2,0,0,0,0,0,0
        就是	6,4,1,3,2,6,9,5
        就有	0,3,2,0,0,1,0,0
        就没	0,3,0,0,0,0,0,0
        就漏	0,2,0,0,0,0,0,0
        就行	0,2,1,0,1,1,0,0
        就被	1,0,0,0,1,0,0,0
        就要	0,0,0,0,0,0,0,2
        就说	5,1,0,0,0,0,0,0
        就走	4,0,0,0,1,0,0,0
        就这	2,0,1,0,0,0,0,0
        就闪	0,0,0,0,0,0,0,4
        就问	4,0,0,1,0,0,0,0
        就骂	2,0,0,0,0,0,0,0
        尺	1,1,0,0,0,0,0,0
        尺码	1,1,0,0,0,0,0,0
        尽	0,0,2,3,2,1,0,0
        尽快	0,0,2,3,2,1,0,0
        尾	0,0,1,1,3,0,1,0
        尾号	0,0,1,0,0,0,1,0
        局	0,6,11,6,3,3,2,9
        局举	0,2,0,0,3,0,0,0
        局投	0,0,4,3,0,0,0,4
        局提	0,0,0,1,0,1,0,1
        局申	0,0,5,0,0,0,0,0
        局的	0,1,0,0,0,0,0,1
        层	0,4,0,0,0,5,0,0
        居	3,0,4,0,1,1,2,0
        居说	0,0,1,0,0,0,2,0
        居都	0,0,2,0,0,0,0,0
        屏	0,1,0,1,0,4,1,0
        屏幕	0,0,0,1,0,3,0,0
        属	1,0,2,0,0,0,0,0
        属院	0,0,2,0,0,0,0,0
        岁	3,0,0,1,1,0,0,0
        岁的	2,0,0,1,1,0,0,0
        峰	0,0,0,0,0,1,4,0
        峰多	0,0,0,0,0,0,2,0
        峰大	0,0,0,0,0,1,1,0
        工	10,3,2,6,2,10,4,5
        工作	6,0,1,3,1,5,1,1
        工信	1,0,0,1,0,0,0,4
        工客	1,0,0,0,0,0,1,0
        工的	1,0,0,0,0,0,1,0
        工窗	0,0,0,0,0,1,1,0
        左	1,4,0,0,3,0,0,0
        左右	1,0,0,0,1,0,0,0
        左耳	0,3,0,0,0,0,0,0
        差	6,8,1,1,9,5,0,2
        差不	0,1,0,0,1,0,0,0
        差了	1,4,0,0,0,0,0,0
        差太	0,3,0,0,0,0,0,0
        差点	0,0,0,0,8,2,0,0
        差要	0,0,1,0,0,1,0,0
        己	9,1,5,1,1,1,2,1
        己上	1,0,0,0,0,0,0,1
        己就	1,0,0,0,1,0,0,0
        己的	1,0,0,1,0,0,0,0
        己看	4,0,0,0,0,0,0,0
        已	18,22,39,29,20,21,5,24
        已发	1,0,1,0,0,0,0,0
        已向	0,0,0,3,0,0,0,1
        已咨	0,0,0,2,0,0,0,0
        已委	2,2,0,0,1,0,0,1
        已签	0,0,6,0,0,0,0,0
        已經	0,0,1,0,0,0,0,1
        已经	13,20,26,23,19,21,5,22
        巴	0,0,0,0,2,0,0,0
        币	0,0,0,0,0,2,0,0
        市	2,11,3,3,10,8,2,0
        市买	0,5,0,0,1,0,0,0
        市卖	0,1,0,0,1,0,0,0
        市场	0,7,1,2,3,4,1,0
        市民	1,0,0,0,0,1,0,0
        市门	0,0,0,0,2,0,0,0
        师	15,7,4,6,6,5,1,8
        师事	1,1,0,1,0,0,1,1
        师傅	2,2,1,0,2,1,0,0
        师准	2,2,0,1,0,0,0,0
        师函	1,2,1,1,0,2,0,0
        师的	2,0,0,1,0,0,0,0
        希	7,1,2,3,2,2,9,0
        希望	7,1,2,3,2,2,9,0
        帖	0,0,0,2,0,0,0,0
        带	1,1,0,2,5,1,1,1
        带孩	0,0,0,0,3,0,1,0
        帮	0,1,1,0,1,0,2,2
        帮忙	0,1,1,0,0,0,0,0
        帮我	0,0,0,0,1,0,0,1
        帳	0,0,0,1,0,0,0,1
        帶	0,0,0,0,0,1,1,0
        常	3,1,1,1,2,3,1,6
        常不	2,0,0,0,0,2,0,0
        幕	0,0,0,1,0,3,1,0
        幕显	0,0,0,1,0,1,0,0
        干	1,0,0,0,0,0,3,0
        平	5,4,1,3,4,1,7,11
        平台	4,4,1,1,3,1,6,11
        平时	1,0,0,2,0,0,2,0
        年	3,1,1,7,1,1,3,1
        年人	0,0,0,0,0,0,2,0
        年卡	2,0,0,0,0,0,0,0
        年费	0,0,0,4,0,0,0,0
        并	4,1,4,5,0,0,0,1
        并且	0,0,2,0,0,0,0,0
        幸	0,1,0,0,5,0,0,0
        幸好	0,1,0,0,4,0,0,0
        广	0,0,0,1,0,0,1,1
        床	0,0,0,0,2,0,0,0
        床上	0,0,0,0,2,0,0,0
        序	0,4,0,0,0,1,0,0
        序列	0,3,0,0,0,0,0,0
        库	0,0,0,0,1,1,0,0
        应	0,0,0,1,0,4,1,0
        应该	0,0,0,0,0,1,1,0
        底	2,6,6,3,3,1,1,5
        底就	0,1,0,0,0,0,0,1
        店	12,10,1,7,19,13,5,2
        店买	1,2,0,1,1,0,0,0
        店会	0,0,0,1,0,1,0,0
        店吃	0,0,0,0,3,0,0,0
        店员	5,1,0,0,0,0,0,0
        店家	0,1,0,0,1,0,0,0
        店房	0,0,0,0,2,7,0,0
        店浴	0,0,0,0,2,0,0,0
        店的	1,0,0,0,3,4,0,1
        店自	0,0,0,0,1,0,1,0
        店购	1,2,0,0,0,0,0,0
        店里	0,0,0,0,1,0,1,0
        店长	3,1,0,0,1,0,0,0
        度	17,4,0,2,0,3,2,0
        度板	0,2,0,0,0,0,0,0
        度清	0,0,0,2,0,0,0,0
        度真	2,0,0,0,0,0,0,0
        座	0,0,0,0,3,7,2,0
        座椅	0,0,0,0,1,6,1,0
        庭	0,0,0,1,0,0,0,1
        延	0,0,1,0,0,0,2,7
        延误	0,0,1,0,0,0,0,7
        延长	0,0,0,0,0,0,2,0
        建	1,0,0,1,2,0,46,0
        建議	0,0,0,0,1,0,4,0
        建议	0,0,0,0,1,0,42,0
        开	2,15,2,9,11,9,11,15
        开一	0,5,0,0,1,1,4,0
        开不	0,0,0,0,0,1,0,1
        开个	0,0,0,0,0,0,2,0
        开了	0,0,0,1,0,1,1,1
        开关	0,0,0,0,1,0,1,0
        开到	0,0,0,0,2,0,0,0
        开始	0,0,0,0,1,0,1,1
        开就	0,0,0,0,0,0,0,5
        开机	0,1,0,0,0,1,0,0
        开箱	0,1,1,0,0,0,0,0
        开胶	0,3,0,0,0,0,0,0
        开视	0,0,0,0,0,2,0,0
        开车	0,0,0,0,5,0,0,0
        开通	0,0,0,6,0,0,0,0
        异	0,0,0,0,0,1,0,4
        异常	0,0,0,0,0,0,0,4
        弄	1,0,1,2,0,0,0,1
        式	3,0,0,1,0,0,4,1
        式投	1,0,0,1,0,0,0,0
        张	1,2,0,1,0,2,0,1
        归	0,0,0,1,0,1,0,0
        当	9,3,1,6,3,1,0,0
        当众	2,0,0,0,0,0,0,0
        当初	0,0,1,3,0,0,0,0
        当场	1,0,0,1,1,0,0,0
        当时	3,2,0,1,2,1,0,0
        当着	5,0,0,0,0,0,0,0
        录	8,1,2,4,0,0,0,10
        录下	3,0,0,0,0,0,0,0
        录不	0,0,0,0,0,0,0,3
        录了	1,0,1,0,0,0,0,0
        录证	0,0,0,0,0,0,0,2
        录都	0,1,0,1,0,0,0,0
        录音	4,0,0,1,0,0,0,0
        形	0,0,1,1,0,0,0,0
        彩	0,0,0,3,0,0,0,0
        彩铃	0,0,0,3,0,0,0,0
        影	1,2,0,0,1,7,1,2
        影仪	0,1,0,0,0,2,0,0
        影响	0,0,0,0,0,1,0,2
        影院	0,0,0,0,1,4,0,0
        彻	0,1,0,0,0,1,0,0
        彻底	0,1,0,0,0,1,0,0
        往	7,2,1,0,0,3,0,2
        往后	0,0,0,0,0,3,0,0
        往地	2,0,0,0,0,0,0,0
        往症	0,0,0,0,0,0,0,2
        往门	2,0,0,0,0,0,0,0
        径	0,0,0,2,0,0,0,1
        待	1,0,0,0,0,0,1,0
        很	3,0,0,0,7,2,9,0
        很不	1,0,0,0,0,0,1,0
        很多	0,0,0,0,0,0,2,0
        很害	0,0,0,0,3,0,0,0
        很容	0,0,0,0,2,0,2,0
        很紧	1,0,0,0,0,0,1,0
        律	12,7,4,8,3,5,3,11
        律师	12,6,3,6,3,3,1,7
        律所	0,0,1,0,0,0,2,0
        律程	0,1,0,0,0,1,0,0
        律途	0,0,0,2,0,0,0,1
        後	0,0,0,0,1,1,0,0
        得	7,8,11,4,5,10,14,0
        得不	1,0,0,0,0,0,1,0
        得人	0,0,0,0,0,1,1,0
        得你	0,0,0,0,0,0,2,0
        得我	0,1,1,0,1,1,0,0
        得打	0,0,0,1,0,1,0,0
        得早	0,1,0,0,2,0,0,0
        得没	0,0,1,0,0,1,1,0
        得清	1,0,4,0,0,0,0,0
        得说	1,0,0,0,0,0,1,0
        得跟	0,1,1,0,0,1,0,0
        微	4,5,2,3,1,2,1,1
        微信	1,0,0,1,0,0,0,0
        微博	3,4,2,2,1,2,0,1
        心	5,2,5,2,7,2,2,1
        心了	0,0,0,0,2,0,0,0
        心开	0,0,0,0,3,0,0,0
        心提	1,0,1,1,0,0,0,0
        心里	1,0,0,0,1,1,1,0
        必	0,1,1,0,2,1,2,2
        必要	0,0,1,0,0,1,2,2
        必须	0,1,0,0,2,0,0,0
        忍	0,0,0,0,1,1,0,0
        忘	0,0,0,0,0,0,2,0
        忙	1,1,1,0,0,0,0,1
        快	6,0,29,3,2,2,5,0
        快处	0,0,1,1,1,0,0,0
        快查	0,0,1,0,1,0,0,0
        快点	2,0,0,0,0,0,0,0
        快递	4,0,28,0,0,0,4,0
        怀	0,5,0,0,1,0,0,0
        怀疑	0,5,0,0,1,0,0,0
        态	12,0,0,0,1,0,1,0
        态度	12,0,0,0,0,0,0,0
        怎	3,2,0,1,2,1,0,8
        怎么	3,2,0,1,2,1,0,7
        怕	0,0,0,0,5,0,0,0
        思	0,0,0,1,0,0,0,1
        急	1,0,2,0,7,0,0,1
        急診	0,0,0,0,2,0,0,0
        急诊	0,0,0,0,2,0,0,0
        性	0,0,0,0,2,0,1,0
        性食	0,0,0,0,2,0,0,0
        怪	2,1,0,0,0,0,0,0
        怪气	2,0,0,0,0,0,0,0
        总	0,1,1,3,1,0,1,0
        总局	0,0,0,2,0,0,0,0
        息	0,0,5,0,0,0,1,6
        息一	0,0,4,0,0,0,0,0
        息被	0,0,0,0,0,0,0,3
        恶	1,0,0,0,1,0,0,0
        悠	1,0,0,0,1,0,0,0
        患	0,0,0,0,2,0,0,0
        您	0,0,1,0,0,0,0,1
        您好	0,0,1,0,0,0,0,1
        情	1,4,1,2,0,0,0,1
        情况	1,1,0,1,0,0,0,1
        情页	0,3,0,0,0,0,0,0
        惠	0,0,0,0,0,0,1,1
        想	12,7,11,11,7,4,4,16
        想上	0,0,0,1,1,0,0,0
        想去	0,1,1,1,0,0,0,1
        想弄	1,0,0,1,0,0,0,0
        想打	0,0,0,1,1,0,0,1
        想找	0,1,1,1,0,1,0,0
        想把	0,0,1,1,0,0,0,0
        想投	1,0,1,0,0,1,0,0
        想知	0,1,1,1,0,0,0,2
        想要	1,0,0,0,0,1,0,0
        想让	2,0,0,0,0,0,0,0
        想走	1,1,0,2,0,0,0,1
        想过	1,0,1,0,0,0,0,0
        想问	1,1,1,1,2,0,0,8
        想闹	3,1,0,2,0,0,0,1
        意	1,3,2,7,2,0,1,0
        意了	1,0,1,1,0,0,0,0
        意的	0,1,0,1,0,0,0,0
        意见	0,0,0,1,0,0,1,0
        感	1,1,0,0,0,0,0,0
        態	2,0,0,0,0,0,0,0
        態度	2,0,0,0,0,0,0,0
        慢	3,0,0,0,0,1,0,0
        懂	8,0,0,0,0,0,0,0
        懂就	4,0,0,0,0,0,0,0
        懒	1,0,2,1,0,0,0,0
        懒得	1,0,2,1,0,0,0,0
        成	0,2,5,1,0,2,5,1
        成了	0,0,3,0,0,0,0,0
        成可	0,0,0,0,0,0,2,0
        成好	0,1,1,0,0,0,0,0
        我	63,42,58,54,56,41,23,56
        我一	5,0,1,0,0,2,0,1
        我七	2,0,0,0,0,0,0,0
        我三	0,0,0,2,0,0,0,0
        我上	0,0,0,1,0,1,1,0
        我下	0,0,0,0,1,0,0,2
        我不	10,6,4,8,6,6,2,7
        我两	0,0,0,2,1,0,0,1
        我也	1,1,2,5,3,2,0,1
        我买	0,3,0,0,1,0,0,0
        我人	0,0,0,1,0,0,0,1
        我什	1,0,0,0,0,0,0,1
        我今	1,0,0,1,0,1,0,0
        我从	0,0,0,7,1,0,0,0
        我们	1,0,3,4,1,7,3,3
        我会	0,0,1,0,2,1,1,1
        我做	0,0,1,0,1,0,0,0
        我儿	0,1,0,0,1,0,0,0
        我先	0,0,0,0,1,0,0,1
        我全	3,0,0,0,0,0,0,0
        我准	0,1,0,0,1,0,0,0
        我刚	0,0,0,0,2,0,0,0
        我刷	1,0,0,0,0,0,0,1
        我原	2,0,0,0,1,0,0,0
        我去	1,2,1,0,0,0,1,0
        我只	3,1,0,0,0,0,0,0
        我同	0,1,1,0,0,0,0,0
        我和	0,0,0,0,2,0,0,1
        我回	0,0,0,1,0,0,0,1
        我在	6,0,2,1,1,0,1,4
        我大	2,0,0,0,0,0,0,0
        我女	0,0,0,0,4,0,0,0
        我妈	0,0,0,1,1,1,1,1
        我孩	2,0,0,0,0,0,0,0
        我家	4,1,5,3,3,1,1,1
        我就	11,3,5,3,0,2,0,6
        我已	10,15,17,11,7,11,3,17
        我带	0,1,0,0,3,0,0,0
        我当	2,1,0,2,0,0,0,0
        我想	0,0,0,0,0,0,0,3
        我手	0,0,0,0,2,0,0,0
        我才	1,0,1,0,0,0,0,0
        我找	0,0,1,0,0,0,0,1
        我拍	0,0,0,0,0,2,0,0
        我拿	0,1,0,0,1,0,0,0
        我换	0,2,0,0,1,0,0,0
        我排	1,0,0,0,0,1,0,0
        我提	0,0,0,0,2,0,0,0
        我是	2,1,2,2,1,5,1,2
        我朋	0,0,1,0,0,0,0,1
        我本	2,2,1,0,2,0,0,2
        我根	0,0,3,2,0,0,0,1
        我母	1,0,0,0,1,0,0,0
        我没	2,2,2,3,1,2,2,0
        我爸	0,0,0,0,0,0,2,1
        我现	0,0,0,0,4,0,0,1
        我电	3,0,0,0,0,0,0,0
        我的	2,3,16,3,0,3,1,13
        我直	0,1,0,0,0,0,0,1
        我看	0,0,0,2,0,0,0,0
        我真	0,2,0,1,0,0,0,0
        我老	0,0,0,0,2,0,0,1
        我自	1,2,3,0,1,1,1,1
        我要	0,1,0,1,2,0,0,1
        我觉	1,1,1,0,0,0,4,0
        我说	3,0,1,0,1,0,0,1
        我赶	0,0,0,0,2,0,0,0
        我跟	1,0,0,0,2,0,0,0
        我还	1,0,3,0,0,0,0,1
        我这	1,1,2,3,0,1,0,2
        我退	0,1,0,2,0,0,0,0
        我道	2,0,0,0,0,0,0,0
        我那	0,0,1,0,0,0,0,1
        我都	3,2,1,1,0,0,1,0
        我问	5,0,0,0,0,0,0,1
        或	0,1,0,0,1,0,2,0
        或者	0,1,0,0,1,0,2,0
        截	1,1,1,3,5,0,0,0
        截图	1,1,1,3,1,0,0,0
        截钢	0,0,0,0,3,0,0,0
        戴	1,0,0,0,0,0,1,0
        戶	0,0,0,0,0,1,1,1
        户	6,3,4,8,2,1,2,11
        户信	0,0,0,0,0,0,0,2
        户反	1,1,0,0,0,0,0,0
        户并	0,0,0,1,0,0,0,1
        户来	1,1,1,1,1,0,0,0
        户申	1,0,0,1,0,0,0,0
        户的	1,0,1,0,0,0,0,0
        户称	2,0,1,1,0,0,0,1
        户表	1,0,0,2,0,0,0,1
        户被	0,0,0,1,0,0,0,2
        户要	1,1,0,0,0,0,0,0
        房	2,1,1,7,7,16,0,2
        房子	1,0,1,0,0,0,0,1
        房时	0,0,0,3,1,0,0,0
        房淋	0,0,0,0,0,2,0,0
        房的	0,0,0,0,0,2,0,0
        房間	0,0,0,0,1,2,0,0
        房间	0,0,0,1,1,7,0,0
        所	3,4,6,2,1,6,3,7
        所做	1,0,0,0,0,0,1,0
        所报	1,1,0,0,0,0,0,4
        所有	0,0,0,0,1,0,0,1
        所的	0,0,0,1,0,1,0,0
        所让	0,1,1,0,0,0,0,0
        扁	0,0,4,0,0,0,0,0
        扁了	0,0,4,0,0,0,0,0
        手	13,4,6,3,11,8,8,11
        手上	0,0,1,0,1,0,0,0
        手动	0,0,0,0,0,0,3,0
        手晚	2,0,0,0,0,0,0,0
        手机	6,3,1,0,1,2,2,8
        手機	0,0,0,0,0,1,1,0
        手池	0,0,0,0,0,2,0,0
        手续	0,0,0,3,0,0,0,1
        手送	2,0,0,0,0,0,0,0
        手都	1,0,0,0,0,1,0,0
        手里	0,0,1,0,0,0,0,1
        才	6,7,11,4,3,5,1,2
        才一	0,1,0,1,0,0,0,0
        才上	0,0,0,0,0,2,0,0
        才到	0,0,5,0,1,0,0,0
        才发	0,1,0,2,0,0,0,0
        才有	1,0,0,0,0,2,0,0
        才用	0,2,0,0,1,0,0,0
        才送	0,0,2,0,0,0,0,0
        打	20,11,14,11,10,18,6,16
        打不	0,0,2,0,1,0,0,2
        打了	3,3,2,6,6,4,0,1
        打你	2,0,0,0,0,0,0,0
        打官	0,1,2,3,0,0,0,0
        打开	0,4,0,0,0,1,0,5
        打断	2,0,0,0,0,0,0,0
        打电	2,0,3,1,0,1,1,1
        打算	5,3,3,1,2,3,2,3
        打过	3,0,0,0,0,1,0,0
        扔	6,0,3,0,1,0,0,0
        扔在	3,0,3,0,0,0,0,0
        托	3,4,4,0,2,0,0,0
        托律	3,3,0,0,1,0,0,0
        托运	0,0,3,0,0,0,0,0
        扣	0,0,0,31,2,0,0,1
        扣了	0,0,0,22,0,0,0,0
        扣款	0,0,0,3,0,0,0,0
        执	0,0,0,0,0,0,1,1
        扫	1,2,0,1,0,1,1,0
        扫地	0,2,0,0,0,0,0,0
        扫码	0,0,0,0,0,1,1,0
        扬	0,0,0,0,0,0,2,0
        扭	1,1,0,0,0,0,0,0
        扶	0,0,0,0,0,2,0,0
        扶手	0,0,0,0,0,2,0,0
        批	1,2,1,0,5,0,2,0
        批次	0,0,0,0,2,0,0,0
        批评	1,0,0,0,0,0,1,0
        找	8,6,10,4,3,9,6,10
        找不	0,0,2,1,0,2,1,3
        找个	0,0,0,0,0,1,1,0
        找了	0,1,0,0,0,0,0,1
        找什	0,1,0,0,0,0,2,0
        找你	0,0,1,1,0,0,0,0
        找回	0,0,1,0,0,0,0,1
        找媒	2,1,0,0,2,2,0,2
        找市	0,0,0,0,0,2,0,0
        找律	2,0,1,0,0,1,0,1
        找消	0,0,0,2,0,0,1,0
        找电	1,1,1,0,0,0,1,0
        找记	2,1,2,0,1,2,0,0
        承	0,0,4,1,1,0,0,0
        承诺	0,0,3,1,0,0,0,0
        抄	0,0,0,1,0,0,1,0
        抄表	0,0,0,1,0,0,1,0
        把	19,2,20,6,2,3,17,5
        把包	2,0,1,0,1,0,0,0
        把多	0,0,0,2,0,0,0,0
        把我	4,0,11,0,0,1,0,2
        把聊	0,0,1,1,0,0,0,0
        把袋	3,0,0,0,0,0,0,0
        把视	2,0,0,0,0,0,0,0
        把钱	1,1,0,1,0,0,0,0
        把餐	1,0,1,0,0,0,0,0
        投	14,9,11,14,0,8,7,16
        投保	0,0,0,0,0,0,0,2
        投影	0,1,0,0,0,2,0,0
        投给	0,1,0,1,0,0,0,0
        投诉	14,7,10,12,0,4,6,14
        抖	4,2,1,1,0,0,0,0
        抖音	3,1,1,1,0,0,0,0
        折	1,2,0,0,2,0,0,0
        折腾	1,2,0,0,0,0,0,0
        抢	0,0,0,0,2,0,1,1
        抢修	0,0,0,0,2,0,0,0
        护	0,1,0,2,2,1,0,0
        护费	0,0,0,2,0,0,0,0
        报	7,12,11,7,15,10,5,11
        报了	1,4,1,2,5,1,0,1
        报修	1,0,0,0,0,3,0,0
        报案	1,0,0,0,0,0,0,3
        报社	0,1,1,1,0,1,0,1
        报警	4,2,8,3,8,4,1,4
        报道	0,0,0,0,0,1,3,0
        报销	0,0,0,0,0,0,1,1
        抬	4,0,1,0,0,2,0,1
        抬一	2,0,0,0,0,0,0,0
        抬杆	0,0,0,0,0,2,0,0
        抱	0,0,1,0,0,0,1,0
        抵	1,0,0,0,0,0,1,0
        押	0,0,0,7,0,0,0,0
        押金	0,0,0,7,0,0,0,0
        担	0,1,1,0,3,0,0,0
        担心	0,1,1,0,2,0,0,0
        拆	0,5,0,0,0,0,0,0
        拆开	0,3,0,0,0,0,0,0
        拉	2,1,0,0,3,0,0,0
        拍	2,8,3,1,1,4,1,0
        拍了	1,2,0,0,0,2,0,0
        拍得	1,0,1,0,0,0,0,0
        拍照	0,1,0,0,1,1,1,0
        拒	0,0,1,1,0,0,0,3
        拒绝	0,0,1,0,0,0,0,2
        拖	0,0,4,0,0,1,0,0
        拖了	0,0,2,0,0,0,0,0
        招	1,1,2,0,0,0,0,0
        拜	0,1,1,0,0,1,0,0
        拣	0,0,3,0,0,0,0,0
        拧	0,1,0,0,2,0,0,0
        拧就	0,0,0,0,2,0,0,0
        拿	1,3,8,1,4,0,1,0
        拿去	0,3,0,0,0,0,0,0
        拿走	0,0,4,0,0,0,0,0
        持	0,0,0,0,1,0,2,0
        挂	8,0,0,0,5,0,1,0
        挂了	4,0,0,0,1,0,0,0
        挂号	1,0,0,0,0,0,1,0
        挂我	2,0,0,0,0,0,0,0
        挂断	2,0,0,0,0,0,0,0
        挂水	0,0,0,0,4,0,0,0
        挂电	2,0,0,0,0,0,0,0
        指	0,1,0,0,2,0,1,0
        指示	0,1,0,0,0,0,1,0
        按	0,4,4,2,0,5,4,2
        按了	0,1,0,0,0,2,0,0
        按合	0,0,0,1,0,2,0,0
        按钮	0,1,0,0,0,1,2,0
        挤	0,0,0,0,0,2,1,0
        挺	1,1,0,0,0,0,2,0
        挺好	1,0,0,0,0,0,1,0
        损	0,3,2,0,0,0,0,0
        损坏	0,2,0,0,0,0,0,0
        换	0,11,0,1,2,1,3,2
        换一	0,4,0,0,0,1,0,0
        换了	0,2,0,0,0,0,0,1
        换新	0,3,0,0,0,0,0,0
        据	0,0,0,1,0,0,0,2
        掉	0,5,3,0,2,1,1,1
        掉一	0,0,2,0,0,0,0,1
        掉了	0,1,1,0,0,0,0,0
        排	11,1,0,0,2,12,11,5
        排了	1,0,0,0,0,5,0,0
        排人	3,0,0,0,0,0,0,0
        排的	0,0,0,0,1,1,0,0
        排队	5,0,0,0,0,3,5,0
        排餐	0,0,0,0,0,0,0,3
        接	13,5,6,1,5,2,6,1
        接打	0,0,0,1,0,0,1,0
        接扔	2,0,1,0,0,0,0,0
        接挂	3,0,0,0,0,0,0,0
        接骂	2,0,0,0,0,0,0,0
        控	3,0,6,0,2,0,0,1
        控拍	1,0,2,0,0,0,0,0
        控显	0,0,2,0,0,0,0,0
        推	2,3,2,3,1,3,2,2
        推去	0,1,0,0,0,0,0,1
        推来	0,1,0,0,0,0,0,1
        推脱	0,1,0,2,0,0,0,0
        描	0,3,0,0,0,0,0,0
        描述	0,3,0,0,0,0,0,0
        提	6,9,3,7,3,4,9,13
        提交	2,3,3,2,0,1,1,6
        提供	0,0,0,0,0,0,1,1
        提前	0,0,0,0,0,0,3,2
        提点	0,0,0,0,0,1,1,0
        提的	0,1,0,0,0,0,1,0
        提示	0,0,0,1,1,0,0,4
        提起	0,3,0,1,0,0,0,0
        提过	0,0,0,2,0,0,0,0
        提醒	3,2,0,0,2,2,2,0
        插	0,0,0,0,3,2,1,0
        插座	0,0,0,0,1,1,1,0
        揽	0,0,2,0,0,0,0,0
        搜	1,0,1,0,0,1,0,1
        搞	0,0,0,1,0,0,1,0
        搬	0,0,7,0,1,0,0,0
        搬家	0,0,7,0,0,0,0,0
        摆	0,0,0,0,2,0,1,1
        摆在	0,0,0,0,2,0,0,0
        摆放	0,0,0,0,1,0,1,0
        摔	2,0,1,0,6,1,1,0
        摔下	0,0,0,0,2,1,0,0
        摔伤	0,0,0,0,1,0,1,0
        摸	1,1,0,0,1,0,0,0
        撑	0,1,0,0,0,1,0,0
        撞	0,0,1,0,2,0,0,0
        播	1,2,0,1,0,0,1,1
        播放	0,1,0,0,0,0,1,0
        播间	1,1,0,1,0,0,0,0
        支	2,0,0,1,0,0,2,0
        支持	0,0,0,0,0,0,2,0
        支行	2,0,0,0,0,0,0,0
        收	5,8,10,17,2,1,2,4
        收不	0,0,0,0,0,0,0,2
        收了	0,0,0,6,0,0,0,0
        收到	0,7,5,1,1,0,0,1
        收的	0,0,0,2,0,0,0,0
        收费	2,0,0,6,0,1,0,1
        收银	2,0,0,1,0,0,1,0
        改	4,0,3,0,0,0,3,9
        改主	1,0,1,0,0,0,0,0
        改了	0,0,1,0,0,0,0,1
        改会	0,0,0,0,0,0,0,2
        改到	1,0,0,0,0,0,1,0
        改成	0,0,1,0,0,0,0,1
        改签	1,0,0,0,0,0,0,4
        放	2,4,6,0,6,1,12,1
        放几	0,0,0,0,0,0,4,0
        放在	0,0,2,0,1,0,2,0
        放心	1,0,0,0,0,1,0,0
        放门	0,0,1,0,0,0,1,0
        政	1,0,10,2,0,0,1,1
        政局	0,0,3,0,0,0,0,0
        政服	0,0,0,1,0,0,1,0
        政管	0,0,7,0,0,0,0,0
        故	0,5,0,0,1,4,0,5
        故被	0,0,0,0,0,0,0,2
        故障	0,4,0,0,1,4,0,0
        教	0,0,0,0,2,2,0,1
        教室	0,0,0,0,1,1,0,0
        敢	0,1,0,0,3,0,0,0
        散	0,2,0,0,0,0,0,0
        数	1,2,0,1,0,0,0,3
        数据	0,0,0,0,0,0,0,2
        整	2,2,4,2,0,6,2,0
        整个	1,0,1,0,0,2,0,0
        整整	0,0,1,0,0,1,0,0
        整理	0,0,1,1,0,0,2,0
        文	0,0,2,0,0,0,1,1
        文件	0,0,2,0,0,0,0,0
        料	0,3,4,0,4,1,0,3
        料丝	0,0,0,0,2,0,0,0
        料热	0,0,1,0,0,1,0,0
        断	4,0,0,1,2,3,0,0
        断了	0,0,0,0,1,1,0,0
        断我	2,0,0,0,0,0,0,0
        新	3,13,11,1,6,3,6,12
        新之	0,0,0,0,0,0,0,5
        新买	0,5,1,0,1,0,0,0
        新媒	0,0,0,0,0,0,2,0
        新机	0,4,0,0,0,0,0,0
        新闻	3,0,7,1,5,3,3,5
        斷	1,1,0,0,0,0,0,0
        方	5,5,4,0,0,0,4,4
        方便	0,0,0,0,0,0,3,0
        方案	0,1,0,0,0,0,0,1
        方检	0,2,0,0,0,0,0,0
        方面	0,0,0,0,0,0,0,2
        施	0,0,0,2,0,0,0,0
        施维	0,0,0,2,0,0,0,0
        旁	0,0,1,2,2,4,2,0
        旁边	0,0,0,2,2,3,2,0
        旁邊	0,0,1,0,0,1,0,0
        族	0,0,0,0,0,0,2,0
        无	0,1,0,1,0,3,1,6
        无故	0,0,0,0,0,0,0,4
        无缘	0,0,0,0,0,0,0,2
        无障	0,0,0,0,0,2,1,0
        既	0,0,0,0,0,0,0,2
        既往	0,0,0,0,0,0,0,2
        日	3,7,2,3,0,1,1,1
        日内	0,3,0,2,0,0,0,0
        日期	0,3,0,0,0,0,0,0
        日蛋	0,1,1,0,0,0,0,0
        早	1,1,0,1,4,3,4,1
        早上	1,0,0,0,0,1,0,0
        早没	0,1,0,0,1,0,0,0
        早餐	0,0,0,1,1,0,1,0
        早高	0,0,0,0,0,1,3,0
        时	18,5,12,22,17,7,19,17
        时一	1,0,0,0,0,0,0,1
        时不	1,0,0,0,0,0,0,1
        时业	0,0,0,0,0,0,0,2
        时会	1,0,1,0,0,0,0,0
        时候	2,0,1,4,1,2,4,3
        时内	0,0,1,2,0,0,1,0
        时前	0,0,0,2,0,0,0,0
        时外	0,0,1,0,1,0,0,0
        时就	0,0,0,0,2,1,0,0
        时手	0,0,0,0,0,1,1,0
        时才	0,0,1,1,1,0,0,0
        时段	0,0,0,0,0,0,2,1
        时没	1,1,0,1,0,0,0,0
        时的	1,0,0,1,0,0,0,0
        时说	0,0,0,6,0,0,0,0
        时还	0,0,0,2,2,0,0,0
        时退	0,0,0,1,0,0,1,0
        时间	3,1,1,1,0,1,6,2
        明	8,10,9,9,0,6,2,9
        明书	1,1,0,0,0,0,0,0
        明写	0,0,0,3,0,0,0,0
        明天	4,1,3,1,0,3,0,2
        明明	1,0,4,5,0,0,0,1
        明显	0,8,1,0,0,0,1,0
        易	1,0,0,0,2,0,2,0
        星	0,0,3,0,0,2,0,1
        星期	0,0,3,0,0,2,0,1
        映	3,3,1,3,1,6,3,1
        映了	0,1,0,2,0,3,0,0
        映过	0,0,0,0,0,1,1,0
        昨	4,1,2,0,10,1,0,0
        昨天	3,0,2,0,2,1,0,0
        昨晚	1,1,0,0,8,0,0,0
        是	16,45,18,22,21,25,17,23
        是一	0,2,2,0,1,0,2,1
        是不	0,1,0,1,2,2,0,1
        是个	0,0,1,0,0,0,3,1
        是人	1,2,0,0,0,0,0,0
        是什	2,0,0,4,1,0,0,1
        是仿	0,3,0,0,0,0,0,0
        是你	1,1,0,0,1,0,0,0
        是假	0,4,0,0,0,0,0,0
        是做	3,1,0,1,0,1,1,0
        是坏	0,0,0,0,2,4,0,0
        是头	1,1,0,0,0,0,0,0
        是小	0,0,1,0,1,0,0,0
        是希	0,1,1,1,0,2,0,0
        是建	0,0,0,0,0,0,2,0
        是怎	0,0,0,0,1,0,0,1
        是想	2,0,0,4,0,0,1,2
        是我	1,0,0,1,0,1,0,1
        是投	0,0,0,0,0,0,5,0
        是报	0,0,0,0,0,0,0,2
        是提	1,2,0,0,0,2,0,0
        是有	0,0,0,0,1,1,0,1
        是本	0,1,1,0,0,0,0,0
        是来	1,0,0,0,0,0,1,0
        是水	0,0,0,0,1,1,0,0
        是法	0,1,1,0,0,0,0,0
        是碎	0,3,0,0,0,0,0,0
        是翻	0,4,0,0,0,0,0,0
        是老	0,1,0,0,1,0,0,0
        是被	0,1,2,0,0,0,0,0
        是裂	0,2,0,0,0,0,0,0
        是要	2,1,0,3,1,2,1,1
        是觉	0,0,0,0,0,1,2,0
        是警	1,1,0,0,0,0,0,0
        是运	0,1,1,0,0,0,0,0
        是这	0,0,2,0,1,0,1,0
        是问	2,0,0,0,0,0,0,0
        显	0,9,10,5,0,4,6,4
        显不	0,2,0,0,0,0,0,0
        显是	0,3,1,0,0,0,0,0
        显示	0,1,9,5,0,4,4,4
        時	0,1,0,0,1,1,2,0
        晒	0,0,0,1,0,0,1,0
        晚	11,1,5,0,10,8,4,4
        晚上	0,0,2,0,1,7,3,1
        晚了	4,0,0,0,0,0,0,0
        晚到	1,0,2,0,0,0,0,0
        晚在	2,0,0,0,4,0,0,0
        晚就	2,0,0,0,0,0,0,0
        晚我	2,0,0,0,0,0,0,0
        晚报	0,0,1,0,1,0,0,0
        晚点	0,0,0,0,1,0,0,2
        晨	0,0,0,1,1,0,0,1
        暂	0,0,0,0,1,4,0,2
        暂停	0,0,0,0,0,4,0,0
        暂时	0,0,0,0,1,0,0,1
        暴	0,0,3,0,0,0,1,0
        暴力	0,0,3,0,0,0,0,0
        曝	4,7,5,2,1,3,5,2
        曝光	4,7,5,2,1,3,5,2
        更	1,0,2,0,0,2,4,7
        更多	0,0,0,0,0,0,2,1
        更新	0,0,2,0,0,0,0,6
        更衣	0,0,0,0,0,2,0,0
        最	1,2,2,0,2,2,1,0
        最上	0,1,0,0,0,1,0,0
        最后	1,0,1,0,0,1,0,0
        最近	0,0,0,0,2,0,0,0
        會	0,0,0,1,0,1,1,2
        會員	0,0,0,0,0,0,1,2
        月	5,7,3,21,3,10,1,3
        月了	0,0,0,3,0,1,0,0
        月又	0,0,0,2,0,0,0,0
        月在	0,1,0,0,1,0,0,0
        月已	0,0,1,1,0,0,0,0
        月有	0,0,0,0,2,0,0,0
        月没	0,0,0,0,0,2,0,1
        月的	0,0,0,3,0,0,0,0
        月话	0,0,0,3,0,0,0,0
        月都	0,0,0,1,0,1,1,0
        有	10,23,13,14,25,20,11,19
        有一	0,1,0,0,2,3,0,0
        有两	0,0,0,0,1,3,0,0
        有个	0,1,0,2,2,0,0,0
        有人	3,2,4,5,6,5,2,8
        有任	0,0,0,2,0,0,0,5
        有划	0,1,0,1,0,0,0,0
        有好	0,1,0,1,0,1,0,0
        有家	0,0,0,0,1,0,1,0
        有本	4,1,0,2,0,0,0,0
        有没	1,0,0,0,1,0,0,1
        有点	0,0,1,0,1,0,1,0
        有电	0,0,0,0,0,1,1,0
        有纸	0,0,0,0,0,2,0,0
        有股	0,4,0,0,0,0,0,0
        有问	0,2,0,0,3,0,0,0
        朋	1,3,2,1,2,1,2,1
        朋友	1,3,2,1,2,1,2,1
        服	20,10,8,13,0,4,4,9
        服一	1,2,0,0,0,0,0,1
        服人	2,0,0,0,0,0,0,0
        服务	4,0,1,5,0,3,3,1
        服只	0,2,1,1,0,0,0,1
        服在	2,0,1,0,0,0,0,0
        服挂	2,0,0,0,0,0,0,0
        服热	1,0,0,0,0,0,1,0
        服电	2,0,0,0,0,0,0,0
        服给	0,0,0,0,0,0,0,2
        服说	2,2,1,3,0,0,0,3
        望	7,1,2,3,2,3,9,0
        望你	1,1,1,2,1,1,2,0
        望平	2,0,0,0,0,0,0,0
        期	0,6,3,3,1,5,1,3
        期两	0,1,0,0,1,0,0,0
        期了	0,0,1,0,0,1,0,1
        木	0,3,1,0,2,0,0,0
        木餐	0,3,0,0,0,0,0,0
        未	0,3,3,4,0,0,0,1
        未到	0,0,0,2,0,0,0,0
        未收	0,0,2,0,0,0,0,0
        末	0,0,0,0,0,2,7,0
        末能	0,0,0,0,0,0,4,0
        本	13,15,12,14,5,11,5,9
        本不	1,1,0,2,1,0,0,0
        本事	4,1,0,2,0,0,0,0
        本人	3,3,2,2,1,0,0,4
        本地	2,4,2,2,0,3,0,0
        本找	0,0,0,0,0,1,1,1
        本月	2,0,0,1,0,0,0,0
        本来	1,2,2,0,2,0,0,1
        本没	1,1,4,3,0,3,0,3
        本电	0,0,2,0,0,0,0,0
        本身	1,2,0,0,0,0,0,0
        本连	0,0,0,0,0,2,0,0
        机	12,18,4,3,12,15,3,11
        机一	1,1,0,0,6,0,0,0
        机也	0,0,0,0,0,2,0,0
        机号	0,0,0,0,0,0,0,5
        机器	0,2,0,0,0,2,0,0
        机场	0,0,0,0,0,0,0,2
        机坏	0,0,0,0,0,4,0,0
        机就	1,0,0,0,0,1,0,0
        机是	0,2,0,0,0,0,0,0
        机用	0,2,0,0,0,0,0,0
        机的	1,0,0,0,1,0,0,0
        机都	0,0,0,0,0,1,0,1
        机银	1,0,0,0,0,0,1,2
        杂	0,1,0,0,1,0,0,0
        权	1,1,0,1,0,0,0,1
        杆	0,0,0,0,0,2,0,0
        李	3,2,3,0,0,0,1,0
        李箱	0,2,1,0,0,0,0,0
        材	0,4,1,0,1,0,0,2
        材料	0,1,1,0,1,0,0,2
        材质	0,2,0,0,0,0,0,0
        条	0,1,1,3,0,0,1,3
        来	23,15,10,15,20,10,8,5
        来一	2,1,0,1,1,0,0,0
        来不	1,1,0,0,2,0,0,1
        来了	4,1,2,0,3,1,0,0
        来发	1,1,0,0,0,0,0,0
        来处	0,0,0,0,1,2,0,0
        来就	0,1,1,0,1,0,0,0
        来拍	0,2,0,0,0,1,0,0
        来推	0,1,0,0,0,0,1,1
        来没	0,0,0,11,0,0,0,0
        来添	2,0,0,0,0,0,0,0
        来电	3,2,2,2,2,1,0,1
        来的	2,4,0,0,1,1,0,0
        来真	0,0,1,0,0,0,1,0
        来还	0,1,0,0,1,0,0,0
        杯	0,2,1,1,0,0,0,0
        松	0,0,0,0,3,1,0,0
        松了	0,0,0,0,1,1,0,0
        板	0,5,1,0,2,1,1,0
        板贴	0,2,0,0,0,0,0,0
        果	3,5,12,6,2,1,1,1
        果我	1,2,2,0,0,0,0,0
        果晚	0,0,2,0,0,0,0,0
        果被	0,0,2,0,0,0,0,0
        架	0,0,0,0,3,1,1,0
        架上	0,0,0,0,2,0,0,0
        某	2,2,0,0,3,0,0,2
        柜	4,1,5,0,1,3,3,1
        柜台	3,0,0,0,0,1,0,0
        柜员	1,0,0,0,0,0,0,1
        查	2,6,3,7,6,0,0,1
        查一	0,0,1,3,2,0,0,0
        查不	0,2,1,0,0,0,0,0
        查了	0,1,0,2,0,0,0,0
        查查	0,0,0,0,2,0,0,0
        标	0,6,1,0,1,0,1,1
        标的	0,2,0,0,0,0,0,0
        标题	0,1,1,0,0,0,0,0
        栋	0,0,3,0,1,3,0,0
        栋写	0,0,0,0,0,3,0,0
        栏	1,1,0,0,1,1,1,1
        栏目	1,1,0,0,0,1,1,1
        校	1,0,0,0,0,1,1,1
        样	4,6,3,0,1,3,2,3
        样的	0,2,0,0,0,0,0,0
        核	1,3,0,5,0,0,1,2
        核实	1,1,0,3,0,0,0,1
        核查	0,1,0,1,0,0,0,0
        根	0,4,5,8,6,8,4,6
        根本	0,4,4,8,1,7,4,6
        格	2,1,0,0,0,0,1,1
        桃	0,2,0,0,0,0,0,0
        桃实	0,2,0,0,0,0,0,0
        案	1,2,2,1,0,0,0,4
        案了	0,0,1,1,0,0,0,3
        桌	0,3,0,0,0,0,0,0
        桌货	0,2,0,0,0,0,0,0
        档	0,1,0,1,0,0,0,0
        桩	0,0,0,0,0,1,2,0
        梯	0,0,0,0,1,10,0,0
        梯坏	0,0,0,0,0,2,0,0
        检	1,8,0,1,3,2,1,0
        检修	0,0,0,0,1,2,0,0
        检测	0,6,0,0,1,0,0,0
        棚	0,0,0,0,1,0,2,0
        椅	0,0,0,0,1,7,2,0
        椅坏	0,0,0,0,0,2,0,0
        楚	1,1,5,3,0,1,0,1
        楚楚	1,0,4,1,0,0,0,0
        楼	5,1,7,0,8,13,2,0
        楼一	0,0,0,0,1,1,0,0
        楼上	0,1,0,0,1,0,0,0
        楼下	1,0,1,0,3,0,2,0
        楼女	0,0,0,0,0,2,0,0
        楼电	0,0,0,0,0,4,0,0
        楼的	1,0,0,0,1,4,0,0
        楼道	0,0,1,0,3,0,0,0
        模	0,1,0,0,0,0,4,1
        模式	0,0,0,0,0,0,4,0
        機	1,0,0,0,0,1,1,0
        檢	0,1,0,0,1,0,0,0
        檢查	0,1,0,0,1,0,0,0
        次	14,10,10,12,6,14,12,8
        次也	0,0,1,1,0,0,0,0
        次了	0,0,1,0,0,1,1,0
        次你	0,0,0,1,1,0,0,0
        次出	0,2,0,0,0,0,0,0
        次在	1,0,0,0,0,1,0,0
        次就	1,2,0,0,0,0,0,0
        次差	0,0,0,0,2,0,0,0
        次数	0,0,0,1,0,0,0,1
        次来	0,0,0,0,0,0,2,0
        次的	0,0,1,0,1,0,0,0
        次还	0,1,1,0,0,0,0,1
        次送	1,0,1,0,0,0,0,0
        次都	3,1,3,0,0,4,6,1
        款	0,7,0,12,5,1,3,4
        款产	0,0,0,0,2,0,0,0
        款就	0,1,0,0,0,0,1,0
        款的	0,1,0,1,0,0,0,0
        歉	8,0,1,0,1,0,0,0
        正	4,4,1,2,2,0,2,4
        正品	0,3,0,0,0,0,0,0
        正在	2,0,0,0,1,0,0,0
        正常	0,1,0,1,0,0,0,3
        正式	2,0,0,1,0,0,0,1
        步	0,0,0,0,3,1,1,0
        步机	0,0,0,0,2,1,0,0
        死	1,0,1,0,3,0,0,0
        死了	0,0,0,0,2,0,0,0
        段	0,0,0,0,0,1,3,1
        母	3,0,0,0,1,0,0,0
        母亲	2,0,0,0,1,0,0,0
        每	6,0,3,6,0,7,12,1
        每个	0,0,0,2,0,0,1,0
        每天	1,0,0,0,0,3,0,1
        每次	5,0,3,1,0,4,8,0
        毒	0,1,0,0,4,0,0,0
        比	0,0,0,3,0,0,1,0
        比较	0,0,0,1,0,0,1,0
        毛	0,6,0,0,2,1,0,0
        毛和	0,2,0,0,0,0,0,0
        毯	0,0,0,0,3,0,0,0
        民	6,2,1,2,0,3,2,8
        民法	1,2,1,1,0,0,0,0
        民热	1,0,0,0,0,1,0,0
        民生	1,0,0,0,0,1,0,0
        民航	0,0,0,1,0,0,1,8
        民警	3,0,0,0,0,0,1,0
        气	6,1,0,1,7,1,1,1
        气公	0,0,0,1,1,0,1,0
        气味	0,0,0,0,3,0,0,0
        气得	1,0,0,0,1,0,0,0
        气管	0,0,0,0,2,0,0,0
        氣	1,0,0,0,0,1,0,0
        水	1,9,1,4,14,13,1,0
        水器	0,2,0,0,3,2,0,0
        水机	0,0,0,0,0,2,0,0
        水泡	0,0,0,0,3,0,0,0
        水的	0,2,0,0,0,0,1,0
        水龙	0,0,0,0,0,2,0,0
        求	2,4,2,0,3,3,1,2
        求按	0,0,1,0,0,1,0,0
        求换	0,1,0,0,1,0,0,0
        求退	0,2,0,0,0,0,0,0
        池	0,2,0,0,3,4,0,0
        池在	0,0,0,0,2,0,0,0
        池水	0,0,0,0,0,2,0,0
        汤	0,0,3,0,0,0,0,0
        沒	1,0,0,1,0,0,0,1
        沟	1,0,1,0,0,0,0,0
        沟通	1,0,1,0,0,0,0,0
        没	18,15,24,31,29,30,13,25
        没了	1,0,1,0,0,1,0,1
        没事	0,1,0,0,4,0,0,0
        没人	1,0,4,2,8,9,1,3
        没修	0,1,0,0,2,0,0,0
        没出	0,0,0,0,2,0,0,0
        没到	0,0,0,6,0,0,0,0
        没办	0,0,0,1,0,1,0,0
        没动	0,0,1,0,0,1,0,0
        没去	0,0,0,1,1,0,0,0
        没吃	0,1,0,0,2,0,0,0
        没咽	0,0,0,0,2,0,0,0
        没声	0,5,0,0,0,0,0,0
        没安	0,0,0,0,0,0,0,3
        没开	0,0,0,6,0,1,0,0
        没必	0,0,1,0,0,1,2,1
        没想	2,0,3,0,0,0,1,0
        没打	3,1,2,0,0,2,1,0
        没找	0,0,1,0,0,1,0,0
        没收	0,0,4,2,0,0,0,0
        没有	2,1,2,5,8,4,2,8
        没法	0,1,0,0,0,3,1,2
        没用	1,3,1,0,0,2,0,5
        没电	0,0,0,0,0,2,1,0
        没睡	0,1,0,0,0,2,0,0
        没见	0,0,3,0,0,0,0,0
        没解	2,0,0,1,0,0,0,0
        没订	0,0,0,2,0,0,0,0
        没那	1,2,0,0,0,0,1,3
        没问	0,0,0,0,1,0,0,1
        油	0,1,0,1,0,0,0,0
        泄	0,0,0,0,0,0,0,4
        泄露	0,0,0,0,0,0,0,4
        法	8,7,7,11,1,8,2,12
        法务	0,0,2,1,0,1,0,0
        法律	0,1,0,2,0,2,0,4
        法院	3,3,4,6,0,1,1,3
        泡	0,0,1,0,3,1,0,0
        注	0,2,1,1,2,0,1,5
        注册	0,0,0,0,0,0,0,4
        注意	0,1,0,1,2,0,0,0
        泳	0,0,0,0,0,2,0,0
        泳池	0,0,0,0,0,2,0,0
        泻	0,0,0,0,6,0,0,0
        洁	0,0,0,2,0,0,0,0
        洗	0,4,0,1,2,4,0,0
        洗手	0,0,0,0,0,3,0,0
        洗澡	0,0,0,0,2,0,0,0
        洗衣	0,2,0,0,0,1,0,0
        活	1,1,0,0,0,0,1,0
        派	3,2,9,2,4,2,0,5
        派人	0,0,0,1,2,1,0,0
        派出	2,2,5,1,0,1,0,5
        派来	1,0,0,0,1,0,0,0
        派送	0,0,2,0,0,0,0,0
        流	2,0,9,2,0,1,2,1
        流信	0,0,4,0,0,0,0,0
        流程	2,0,0,1,0,0,2,0
        测	0,8,0,0,1,0,0,0
        浪	1,0,0,1,0,0,2,0
        浪费	1,0,0,1,0,0,2,0
        浴	1,0,0,0,2,4,0,0
        浴室	0,0,0,0,2,0,0,0
        浴间	0,0,0,0,0,3,0,0
        涂	0,2,0,0,0,0,0,0
        涂层	0,2,0,0,0,0,0,0
        消	4,6,3,11,4,2,3,7
        消协	4,6,1,5,0,2,2,0
        消费	0,0,1,2,0,0,0,1
        消防	0,0,1,1,4,0,0,0
        液	0,0,0,0,2,0,0,0
        涼	0,1,0,0,0,1,0,0
        淇	0,0,2,0,0,0,0,0
        淇淋	0,0,2,0,0,0,0,0
        淋	1,0,3,0,0,4,0,0
        淋化	0,0,2,0,0,0,0,0
        淋浴	1,0,0,0,0,4,0,0
        深	0,0,0,2,1,0,0,0
        深度	0,0,0,2,0,0,0,0
        添	2,0,0,1,0,0,0,0
        添乱	2,0,0,0,0,0,0,0
        清	1,3,5,5,0,1,2,2
        清楚	1,1,5,3,0,0,0,1
        清洁	0,0,0,2,0,0,0,0
        清清	1,0,4,1,0,0,0,0
        温	0,1,0,0,0,0,1,0
        游	0,0,0,1,2,0,1,0
        游乐	0,0,0,0,2,0,1,0
        湿	0,1,1,0,0,0,0,0
        溫	0,1,0,0,0,1,0,0
        滑	0,1,0,0,4,0,0,0
        滑倒	0,0,0,0,3,0,0,0
        滚	1,0,0,0,0,0,1,0
        滞	0,0,1,0,0,0,0,1
        滞留	0,0,1,0,0,0,0,1
        满	0,2,0,1,2,0,0,0
        滤	0,1,0,1,0,0,0,0
        漆	0,0,2,0,0,0,1,0
        漏	0,3,0,0,5,0,0,0
        漏水	0,2,0,0,0,0,0,0
        漏电	0,0,0,0,3,0,0,0
        澡	0,0,0,0,2,1,0,0
        火	0,0,0,0,13,2,0,1
        火了	0,0,0,0,3,0,0,0
        火车	0,0,0,0,0,2,0,1
        火锅	0,0,0,0,3,0,0,0
        灭	0,0,0,0,3,0,0,0
        灭火	0,0,0,0,2,0,0,0
        灯	0,1,0,0,1,4,1,0
        灯坏	0,0,0,0,0,2,0,0
        炸	0,1,0,0,1,0,0,0
        点	7,1,11,1,13,5,17,8
        点不	0,0,0,0,0,1,1,1
        点两	0,0,0,0,0,0,0,2
        点到	1,0,1,0,0,0,1,0
        点名	1,0,0,0,0,0,0,1
        点才	1,0,2,0,0,0,0,0
        点的	0,0,0,0,3,1,2,0
        点追	0,0,0,0,3,0,0,0
        烂	0,1,2,0,0,0,0,0
        烟	0,1,0,0,6,2,0,0
        烟起	0,0,0,0,2,0,0,0
        烟雾	0,1,0,0,0,2,0,0
        烦	8,4,4,7,1,0,1,1
        烦地	2,0,0,0,0,0,0,0
        烦尽	0,0,1,1,0,0,0,0
        烦查	0,0,0,2,0,0,0,0
        烦核	0,1,0,1,0,0,0,0
        烦给	0,2,0,1,0,0,0,0
        烧	0,1,0,0,6,0,0,0
        烧焦	0,0,0,0,2,0,0,0
        烫	0,0,0,0,9,0,0,0
        烫出	0,0,0,0,2,0,0,0
        烫鼓	0,0,0,0,3,0,0,0
        热	7,2,1,1,5,13,1,1
        热搜	1,0,0,0,0,1,0,1
        热毯	0,0,0,0,2,0,0,0
        热水	0,1,0,0,3,6,0,0
        热线	5,0,1,1,0,4,1,0
        焦	0,0,0,0,2,0,0,0
        然	4,0,0,4,5,1,0,4
        然后	3,0,0,0,0,0,0,0
        然多	0,0,0,2,0,0,0,0
        然被	0,0,0,0,0,0,0,4
        煤	0,0,0,0,2,0,0,0
        煤气	0,0,0,0,2,0,0,0
        照	0,5,2,1,2,3,1,1
        照片	0,3,0,1,1,1,0,1
        煩	2,0,0,0,0,0,0,0
        煮	0,2,0,0,0,0,0,0
        煲	0,2,0,0,0,0,0,0
        熟	0,1,0,0,0,0,0,1
        熱	0,1,0,0,1,2,0,1
        熱水	0,1,0,0,1,0,0,0
        熱線	0,0,0,0,0,1,0,1
        燃	0,0,0,1,5,0,1,0
        燃气	0,0,0,1,5,0,1,0
        爆	0,0,1,0,1,1,0,0
        爆料	0,0,1,0,0,1,0,0
        爬	0,0,0,0,0,2,0,0
        爱	7,0,0,0,0,0,0,0
        爱吃	2,0,0,0,0,0,0,0
        父	0,0,1,1,0,0,0,0
        父亲	0,0,1,1,0,0,0,0
        爷	1,0,0,0,2,0,0,0
        爸	0,0,0,0,0,0,2,1
        爸妈	0,0,0,0,0,0,2,0
        片	0,6,1,2,5,1,2,1
        片和	0,1,0,0,1,0,0,0
        版	0,0,0,0,0,0,1,1
        牌	1,7,0,1,3,0,2,0
        牌写	0,1,0,1,0,0,0,0
        牌子	0,1,0,0,1,0,0,0
        牌都	0,0,0,0,2,0,0,0
        牙	0,6,0,0,0,0,0,0
        牙耳	0,5,0,0,0,0,0,0
        牛	0,4,0,0,0,1,0,1
        牛奶	0,2,0,0,0,0,0,0
        物	5,1,10,3,10,10,4,1
        物业	4,0,0,3,4,9,4,1
        物中	0,0,0,0,4,0,0,0
        物流	0,0,9,0,0,0,0,0
        特	5,0,0,1,3,1,2,0
        特别	5,0,0,0,3,1,2,0
        猫	0,2,0,1,0,0,0,0
        猫投	0,1,0,1,0,0,0,0
        王	1,1,0,1,0,0,0,0
        玩	2,1,0,1,1,1,1,0
        玩具	0,1,0,0,1,0,0,0
        玩手	2,0,0,0,0,0,0,0
        环	0,0,0,1,0,0,1,0
        现	1,5,10,12,28,3,6,2
        现在	0,0,7,8,22,3,6,2
        现场	1,0,2,0,1,1,0,0
        现已	0,1,1,0,0,0,0,0
        现得	0,1,0,0,2,0,0,0
        现象	0,1,1,0,0,0,0,0
        玻	0,0,0,0,3,0,0,0
        玻璃	0,0,0,0,3,0,0,0
        班	4,0,1,1,1,3,4,14
        班取	0,0,0,0,0,0,0,3
        班延	0,0,0,0,0,0,0,6
        班族	0,0,0,0,0,0,2,0
        班都	0,0,0,0,0,0,0,2
        現	0,0,0,1,2,0,0,0
        現在	0,0,0,0,2,0,0,0
        球	0,1,2,0,4,0,0,0
        球的	0,0,0,0,4,0,0,0
        理	18,2,11,11,12,8,3,9
        理一	1,0,0,1,1,0,0,0
        理不	1,0,0,0,0,0,0,1
        理中	1,0,0,2,0,0,0,1
        理员	0,0,0,0,0,2,0,0
        理好	0,0,1,1,0,0,0,0
        理局	0,0,7,0,0,0,0,0
        理当	2,0,0,0,0,0,0,0
        理我	0,1,0,0,1,0,0,0
        理由	0,0,0,2,0,0,0,1
        理的	2,0,0,0,0,0,0,0
        理说	1,0,0,0,0,1,0,0
        理賠	1,0,0,0,0,0,1,0
        理费	0,0,0,2,0,0,0,0
        理赔	0,0,0,0,0,0,0,2
        琴	0,0,4,0,0,0,0,0
        琴磕	0,0,2,0,0,0,0,0
        璃	0,0,0,0,3,0,0,0
        瓶	0,1,2,1,0,0,0,0
        瓶碎	0,0,2,0,0,0,0,0
        生	3,7,5,0,8,4,3,1
        生产	0,2,0,0,0,0,0,0
        生日	0,1,1,0,0,0,0,1
        生栏	1,0,0,0,0,1,0,0
        生的	0,2,0,0,0,0,0,0
        生说	0,0,0,0,2,0,0,0
        生间	0,0,0,0,0,2,0,0
        生鲜	0,0,2,0,0,0,3,0
        用	5,16,3,12,8,7,7,13
        用不	0,0,0,1,0,1,0,0
        用了	0,7,0,0,3,0,0,0
        用你	0,0,0,0,1,0,1,0
        用卡	0,0,0,6,0,0,0,0
        用我	0,0,0,0,0,0,0,2
        用户	1,0,0,1,0,0,1,2
        用手	2,0,0,0,0,0,1,0
        用来	0,0,0,0,0,0,1,1
        用的	0,0,1,0,0,1,0,0
        甩	3,0,0,0,1,0,0,0
        甩脸	1,0,0,0,1,0,0,0
        由	0,1,0,2,0,4,0,2
        由你	0,0,0,0,0,2,0,0
        由器	0,0,0,0,0,2,0,0
        由是	0,0,0,2,0,0,0,1
        申	1,1,6,4,0,0,0,9
        申诉	1,0,5,1,0,0,0,5
        申请	0,1,1,3,0,0,0,5
        电	17,15,15,9,24,18,6,6
        电了	0,0,0,0,2,2,0,0
        电人	2,1,1,1,1,1,0,1
        电信	1,0,0,1,0,0,0,0
        电到	0,0,0,0,2,0,0,0
        电动	0,1,0,0,4,0,1,0
        电宝	0,2,0,1,4,0,0,0
        电工	1,0,0,0,1,0,0,0
        电影	0,0,0,0,1,2,1,0
        电插	0,0,0,0,0,1,1,0
        电时	0,0,0,0,3,0,0,0
        电桩	0,0,0,0,0,1,2,0
        电梯	0,0,0,0,0,9,0,0
        电池	0,2,0,0,3,0,0,0
        电热	0,0,0,0,4,0,0,0
        电称	1,1,0,1,1,0,0,0
        电线	0,0,0,0,2,0,0,0
        电脑	0,0,2,0,0,0,0,1
        电视	4,2,3,3,2,2,1,1
        电话	9,0,9,2,3,2,1,1
        电饭	0,3,0,0,0,0,0,0
        男	2,0,1,0,0,1,0,0
        画	0,1,0,0,1,0,0,0
        界	0,1,0,0,0,0,0,1
        界面	0,1,0,0,0,0,0,1
        留	0,2,2,1,1,1,1,2
        留一	0,0,0,0,0,0,1,2
        留着	0,2,0,0,0,0,0,0
        疑	1,5,0,0,1,0,0,0
        疑是	0,4,0,0,0,0,0,0
        疗	0,0,0,0,2,0,0,0
        疼	0,0,0,0,2,0,1,0
        病	2,1,0,0,1,0,0,1
        症	0,0,0,0,0,0,0,2
        痕	0,3,0,1,0,0,0,0
        登	2,0,0,0,0,1,0,9
        登录	0,0,0,0,0,0,0,7
        登记	1,0,0,0,0,1,0,0
        白	5,6,1,0,0,2,1,0
        白天	1,2,0,0,0,0,0,0
        白眼	4,0,0,0,0,0,0,0
        白鸭	0,2,0,0,0,0,0,0
        百	1,0,1,7,2,0,0,1
        百多	0,0,0,5,1,0,0,0
        的	42,63,52,36,57,60,42,41
        的不	0,1,0,0,1,0,0,1
        的中	0,1,0,0,0,2,0,0
        的事	1,0,1,2,0,1,0,0
        的人	5,0,1,1,0,1,2,0
        的件	0,0,5,0,0,0,0,0
        的价	1,0,0,0,0,0,1,1
        的会	0,0,0,3,0,0,0,0
        的保	1,2,0,1,0,0,1,0
        的停	0,0,0,2,0,0,0,0
        的儿	0,0,0,0,2,0,0,0
        的充	0,1,0,0,2,1,0,0
        的公	0,0,0,0,0,1,1,1
        的冰	0,1,3,0,0,0,0,0
        的函	0,2,1,0,0,0,0,0
        的包	1,0,7,0,0,0,0,0
        的卫	0,0,0,0,1,1,0,0
        的叫	0,0,0,0,0,2,0,0
        的同	0,1,0,0,1,0,0,0
        的地	0,0,1,0,1,0,0,0
        的外	1,0,0,0,2,0,0,0
        的多	0,0,1,0,0,1,0,0
        的奶	0,2,0,0,0,0,0,0
        的学	0,1,0,0,0,0,0,1
        的安	0,0,0,0,3,0,0,0
        的客	2,0,0,0,0,0,1,0
        的家	0,1,2,1,0,0,1,0
        的工	2,0,0,0,0,0,0,0
        的帮	0,1,0,0,0,0,0,1
        的平	0,1,0,0,0,0,1,0
        的年	0,0,1,0,0,1,0,0
        的座	0,0,0,0,0,4,0,0
        的很	0,0,0,0,0,1,4,0
        的快	1,0,3,0,0,0,0,0
        的意	0,0,0,1,0,0,1,0
        的手	0,0,1,0,0,0,0,2
        的扫	0,2,0,0,0,0,0,0
        的投	1,0,0,2,0,1,0,1
        的抢	0,0,0,0,1,0,0,1
        的收	1,0,1,0,0,0,0,0
        的文	0,0,2,0,0,0,0,0
        的新	0,1,0,0,0,1,0,0
        的无	0,0,0,0,0,2,0,0
        的时	2,0,1,3,1,2,4,1
        的是	0,5,1,3,0,0,0,0
        的會	0,0,0,0,0,0,1,1
        的洗	0,3,0,0,0,1,0,0
        的淋	0,0,0,0,0,2,0,0
        的灯	0,0,0,0,0,2,0,0
        的烟	0,1,0,0,0,2,0,0
        的热	0,0,0,0,0,2,0,0
        的照	0,1,0,1,0,0,0,0
        的燃	0,0,0,0,2,0,0,0
        的爆	0,0,1,0,0,1,0,0
        的牛	0,2,0,0,0,0,0,0
        的生	0,1,1,0,0,0,0,1
        的电	1,2,0,0,7,1,0,0
        的空	0,1,0,0,0,1,0,0
        的笔	0,0,2,0,0,0,0,0
        的维	0,0,0,0,1,1,0,0
        的网	1,0,0,0,1,2,0,0
        的羊	0,2,0,0,0,0,0,0
        的羽	0,2,0,0,0,0,0,0
        的腊	0,0,2,0,1,0,0,0
        的自	0,0,0,0,0,2,2,0
        的航	0,0,0,0,0,0,1,1
        的花	0,0,1,0,1,0,0,0
        的蓝	0,3,0,0,0,0,0,0
        的行	1,1,2,1,0,0,0,0
        的警	0,0,0,0,0,0,2,0
        的订	0,0,1,0,0,0,1,1
        的记	1,1,0,1,1,0,0,0
        的话	0,0,0,2,0,0,0,0
        的说	1,0,0,0,0,0,0,2
        的调	2,0,0,0,0,0,0,0
        的账	0,0,0,3,0,0,0,7
        的货	0,0,1,0,0,1,0,0
        的资	0,0,2,0,0,0,0,0
        的路	1,0,0,1,0,0,0,0
        的蹦	0,0,0,0,2,0,0,0
        的身	0,0,0,0,0,0,0,2
        的车	0,0,0,0,0,3,0,0
        的还	1,1,0,1,0,0,0,0
        的这	0,5,0,0,0,1,0,0
        的道	0,0,0,0,0,2,0,0
        的那	1,1,0,1,3,1,0,1
        的配	1,0,0,0,1,0,0,0
        的酸	0,1,0,0,1,0,0,0
        的钢	0,0,2,0,0,0,0,0
        的铁	0,0,0,0,4,0,0,0
        的门	0,0,1,0,0,1,0,0
        的问	0,2,0,0,0,0,0,0
        的降	0,0,1,0,1,0,0,0
        的面	4,0,0,0,0,0,0,0
        的预	0,0,0,0,0,0,2,0
        皮	3,4,2,0,4,0,0,0
        皮球	0,0,2,0,0,0,0,0
        皮都	3,0,0,0,2,0,0,0
        益	0,0,0,0,0,0,1,1
        盏	0,0,0,0,0,1,1,0
        监	5,8,7,8,5,4,1,2
        监控	3,0,6,0,2,0,0,0
        监管	2,7,1,8,3,4,1,0
        盒	0,2,2,0,0,0,0,0
        盖	0,3,0,0,3,0,0,0
        盗	0,0,0,1,0,0,0,2
        盘	0,1,0,0,1,0,0,0
        目	2,1,2,0,4,1,3,1
        目前	0,0,1,0,3,0,1,0
        目的	0,0,1,0,1,0,1,0
        直	14,9,11,4,10,14,5,11
        直不	1,0,1,0,0,2,0,1
        直停	0,0,3,0,0,0,0,0
        直在	0,0,1,0,1,0,0,1
        直打	0,0,2,0,1,0,0,0
        直接	10,3,2,1,3,2,5,1
        直播	1,1,0,1,0,0,0,0
        直显	0,1,0,0,0,2,0,2
        直有	0,0,0,0,1,1,0,0
        直没	1,0,0,1,1,1,1,1
        直说	0,0,1,0,0,1,0,0
        直闪	0,1,0,0,0,0,0,2
        相	1,1,1,0,0,0,0,2
        相机	0,1,1,0,0,0,0,0
        省	0,0,0,0,0,0,3,0
        省得	0,0,0,0,0,0,2,0
        看	10,13,6,7,11,4,9,6
        看不	2,1,0,0,0,0,2,1
        看你	1,1,0,1,0,0,0,0
        看全	0,2,0,0,0,0,0,0
        看到	0,1,1,3,5,1,4,2
        看墙	2,0,0,0,0,0,0,0
        看就	0,2,0,0,0,0,0,0
        看已	0,2,0,0,0,0,0,0
        看新	0,0,3,0,1,0,0,0
        看电	0,0,0,0,1,1,0,0
        看看	1,0,0,0,0,1,0,1
        看着	1,2,0,0,1,0,0,0
        看网	0,0,1,0,0,0,1,0
        看说	2,0,0,0,0,0,0,0
        真	6,4,2,1,4,1,7,2
        真不	0,2,0,0,0,0,0,0
        真多	2,0,0,0,0,0,0,0
        真是	1,0,1,0,0,0,0,0
        真没	0,0,1,0,0,0,0,1
        真的	3,1,0,0,3,1,5,1
        眼	10,0,0,1,3,0,3,0
        眼皮	3,0,0,0,0,0,0,0
        眼镜	1,0,0,0,1,0,0,0
        着	11,10,2,3,10,8,1,1
        着一	3,0,0,0,1,0,0,0
        着包	0,0,0,2,0,0,0,0
        着我	2,0,0,0,0,0,0,0
        着火	0,0,0,0,2,0,0,0
        着的	0,0,0,0,2,0,0,0
        睡	0,1,0,0,0,4,0,0
        睡不	0,0,0,0,0,2,0,0
        知	3,1,2,5,1,2,3,9
        知道	3,1,1,3,1,2,2,3
        短	0,0,1,2,4,0,4,1
        短信	0,0,1,2,0,0,2,1
        短视	0,0,0,0,4,0,0,0
        码	2,3,0,0,0,1,4,4
        破	1,0,2,0,6,0,0,0
        破了	0,0,1,0,3,0,0,0
        硬	0,0,1,0,1,0,0,0
        确	1,3,0,0,0,1,0,1
        确实	1,2,0,0,0,0,0,0
        确认	0,1,0,0,0,0,0,1
        碍	0,0,0,0,1,2,1,0
        碍坡	0,0,0,0,0,1,1,0
        碎	0,3,3,0,2,0,0,0
        碎了	0,0,1,0,1,0,0,0
        碎成	0,0,2,0,0,0,0,0
        碎毛	0,3,0,0,0,0,0,0
        碰	2,1,0,0,3,0,0,0
        碰到	1,0,0,0,1,0,0,0
        碰就	0,1,0,0,1,0,0,0
        磕	0,0,3,0,0,0,0,0
        磕掉	0,0,3,0,0,0,0,0
        示	1,2,10,10,3,4,5,9
        示已	1,0,6,2,0,0,0,1
        示牌	0,0,0,0,2,0,1,0
        礼	0,1,1,0,0,1,0,0
        礼拜	0,1,0,0,0,1,0,0
        社	1,1,1,1,1,1,0,1
        社区	1,0,0,0,1,0,0,0
        社的	0,1,0,0,0,1,0,1
        票	1,2,0,4,0,0,2,7
        票和	0,2,0,0,0,0,0,0
        离	0,1,1,1,0,0,0,0
        私	0,0,1,0,2,0,0,1
        种	2,4,0,1,3,0,0,1
        租	1,0,0,3,0,1,0,0
        积	0,0,0,0,2,1,1,2
        积分	0,0,0,0,0,0,1,2
        积水	0,0,0,0,1,1,0,0
        称	5,3,2,2,1,0,1,2
        称同	1,0,0,1,0,0,0,0
        程	11,2,1,2,0,1,3,1
        程低	2,0,0,0,0,0,0,0
        程序	0,1,0,0,0,1,0,0
        程我	1,0,1,0,0,0,0,0
        究	2,0,0,0,1,0,0,0
        穷	3,0,0,0,0,0,0,0
        空	3,2,2,0,1,8,2,1
        空公	0,0,1,0,0,0,1,0
        空调	2,0,0,0,0,8,0,0
        穿	0,4,0,0,0,0,0,0
        穿了	0,3,0,0,0,0,0,0
        突	0,0,0,3,5,1,0,4
        突然	0,0,0,3,4,1,0,4
        窗	4,0,0,0,1,2,4,0
        窗口	4,0,0,0,0,1,4,0
        立	0,0,2,1,3,0,0,2
        立刻	0,0,0,0,2,0,0,0
        立即	0,0,0,0,1,0,0,2
        立案	0,0,2,1,0,0,0,0
        站	5,0,8,1,1,6,7,1
        站候	0,0,0,0,0,2,0,0
        站在	1,0,0,0,1,0,1,0
        站提	0,0,1,0,0,0,0,1
        站的	0,0,0,0,0,2,0,0
        童	0,1,0,0,6,0,2,0
        笑	2,0,0,0,1,1,0,0
        笔	0,0,2,11,1,0,1,1
        笔停	0,0,0,2,0,0,0,0
        笔外	0,0,0,2,0,0,0,0
        笔记	0,0,2,0,0,0,1,0
        笔钱	0,0,0,2,0,0,0,0
        符	0,4,0,0,0,0,0,0
        第	3,8,7,2,0,1,2,0
        第一	0,2,0,0,0,0,1,0
        第三	1,4,3,0,0,1,0,0
        第二	1,1,1,0,0,0,1,0
        第五	0,0,2,1,0,0,0,0
        等	3,0,5,0,1,5,8,4
        等了	1,0,2,0,0,2,0,1
        等出	0,0,0,0,1,0,1,0
        等工	0,0,0,0,0,2,0,0
        等通	0,0,0,0,0,0,0,2
        等配	0,0,0,0,0,1,1,0
        筒	0,0,0,0,0,2,0,0
        答	1,2,1,0,0,0,0,0
        答复	0,2,1,0,0,0,0,0
        签	1,0,8,1,0,0,1,6
        签只	0,0,0,0,0,0,0,2
        签收	0,0,8,0,0,0,0,0
        算	6,4,4,3,2,3,2,4
        算去	1,0,0,0,0,0,1,0
        算打	0,0,1,1,0,1,0,0
        算找	2,0,0,0,0,1,0,1
        算曝	0,0,1,0,1,0,1,0
        算起	0,2,1,0,0,0,0,0
        算闹	1,1,0,0,0,0,0,1
        管	9,7,9,10,9,14,1,1
        管一	1,0,0,0,0,1,0,0
        管局	0,6,0,3,3,3,1,0
        管总	0,0,0,2,0,0,0,0
        管投	2,0,0,0,0,0,0,0
        管理	0,0,7,2,0,3,0,0
        管的	0,0,0,1,0,1,0,0
        管管	3,0,0,0,0,0,0,0
        管部	0,1,1,2,0,0,0,0
        箱	2,4,15,0,4,0,2,0
        箱不	1,1,0,0,0,0,0,0
        箱压	0,0,2,0,0,0,0,0
        箱堵	0,0,0,0,2,0,0,0
        箱子	2,0,6,0,1,0,1,0
        箱被	0,0,2,0,0,0,0,0
        籍	0,0,0,0,0,0,0,2
        米	0,1,0,0,2,1,0,0
        米饭	0,1,0,0,1,0,0,0
        类	1,0,0,0,0,1,1,0
        类似	1,0,0,0,0,0,1,0
        粉	0,4,0,0,0,0,0,1
        精	1,2,1,2,0,0,0,0
        精力	1,1,0,1,0,0,0,0
        糊	0,3,0,0,0,0,0,0
        糊得	0,2,0,0,0,0,0,0
        糕	0,1,2,0,0,0,0,0
        系	2,1,2,1,3,4,1,10
        系了	0,1,0,0,2,2,0,3
        系统	1,0,1,1,0,1,1,7
        素	1,0,1,0,0,0,0,0
        紧	1,1,0,0,6,0,1,0
        結	0,0,1,1,0,0,0,1
        經	0,0,1,0,0,0,0,1
        網	1,1,1,0,0,0,0,1
        線	0,0,0,0,0,1,1,1
        繁	0,0,0,0,0,1,0,1
        红	1,2,2,1,2,1,0,1
        红书	1,1,2,1,0,1,0,1
        约	2,3,4,1,6,1,4,2
        约了	0,1,0,0,0,0,0,1
        约定	0,2,1,0,0,0,0,0
        约时	0,0,0,1,0,0,1,0
        约的	0,0,1,0,0,0,0,1
        约谈	0,0,2,0,0,0,0,0
        约车	2,0,0,0,6,0,2,0
        级	0,0,1,0,1,1,1,0
        纸	1,1,0,0,2,3,0,0
        纸箱	1,0,0,0,2,0,0,0
        线	8,1,1,1,3,6,5,3
        线上	0,0,0,0,0,0,2,1
        线下	1,0,0,0,0,0,0,1
        线了	1,0,0,0,0,2,0,0
        线客	1,0,0,0,0,0,0,1
        练	1,0,0,0,0,1,0,0
        组	0,0,0,0,1,1,0,1
        细	0,1,0,3,1,0,1,0
        终	0,0,0,1,0,0,0,1
        终身	0,0,0,1,0,0,0,1
        经	17,22,27,25,21,23,6,22
        经一	0,0,0,2,0,0,0,1
        经交	1,0,0,0,1,0,0,0
        经住	0,0,0,0,2,0,0,0
        经去	0,1,0,1,1,0,0,3
        经发	1,2,3,0,0,3,0,0
        经向	0,5,4,6,2,2,1,4
        经咨	0,0,1,0,0,1,0,1
        经在	2,2,4,1,1,2,0,2
        经坏	0,0,0,0,0,2,0,0
        经常	1,0,1,0,1,2,1,0
        经打	3,2,2,2,4,5,0,1
        经找	0,1,1,0,0,0,0,1
        经把	0,1,0,0,0,0,1,0
        经报	3,1,6,3,3,2,0,2
        经拍	0,0,0,0,1,1,0,0
        经是	1,1,0,0,0,0,0,0
        经有	0,0,0,1,1,1,0,0
        经理	5,0,0,1,0,2,0,0
        经的	0,0,0,1,1,0,0,0
        经第	1,2,3,1,0,0,0,0
        经给	0,0,0,1,0,1,0,0
        经联	1,1,0,0,2,1,0,3
        经过	0,2,2,0,0,0,0,1
        绑	0,0,0,0,0,0,1,4
        绑定	0,0,0,0,0,0,0,4
        绒	0,4,0,0,0,0,0,0
        绒服	0,3,0,0,0,0,0,0
        结	4,8,10,9,1,1,0,5
        结块	0,3,0,0,0,0,0,0
        结果	2,5,10,5,1,1,0,0
        结账	1,0,0,2,0,0,0,0
        绕	0,0,2,1,0,1,0,0
        绕了	0,0,2,0,0,0,0,0
        给	11,16,15,10,6,6,6,9
        给三	0,0,0,0,0,0,0,2
        给个	3,1,3,0,2,1,0,0
        给了	0,1,0,2,0,1,2,2
        给他	0,0,0,0,1,1,0,0
        给你	0,0,0,0,0,1,1,0
        给孩	0,3,0,0,0,0,0,0
        给律	1,0,1,0,0,0,0,0
        给我	3,7,1,4,1,0,0,2
        给换	0,3,0,0,0,0,0,0
        给改	0,0,0,0,0,0,0,2
        给本	2,0,1,0,0,1,0,0
        给点	0,0,1,0,0,0,1,0
        给老	0,0,1,0,0,0,1,0
        给退	0,1,2,1,0,0,0,1
        络	0,0,0,0,0,2,0,0
        绝	1,0,1,0,0,0,0,2
        统	1,0,1,1,0,1,2,7
        统一	0,0,0,0,0,0,1,1
        统就	1,0,0,0,0,0,0,1
        续	0,1,0,6,1,0,2,2
        续费	0,0,0,5,0,0,2,1
        维	1,2,0,2,1,7,0,0
        维修	1,1,0,0,1,5,0,0
        维护	0,0,0,2,0,1,0,0
        编	0,1,1,0,0,0,0,0
        编号	0,1,1,0,0,0,0,0
        缘	0,0,0,0,1,0,0,2
        缘无	0,0,0,0,0,0,0,2
        缝	0,1,1,0,5,0,0,0
        缝了	0,0,0,0,4,0,0,0
        缩	0,1,0,0,0,0,2,0
        缩短	0,0,0,0,0,0,2,0
        缴	0,0,0,0,0,2,0,2
        缴费	0,0,0,0,0,2,0,2
        缺	0,2,0,0,0,0,0,0
        罐	0,5,0,0,0,0,0,0
        网	7,4,5,3,9,4,5,6
        网上	4,3,1,2,2,2,1,3
        网点	0,0,4,0,0,1,1,1
        网站	0,0,1,0,0,0,0,1
        网约	2,0,0,0,6,0,2,0
        网络	0,0,0,0,0,2,0,0
        网课	0,0,0,1,0,0,1,0
        网购	1,0,1,0,0,0,0,0
        置	0,0,0,0,0,1,2,1
        羊	0,2,0,0,0,0,0,0
        美	0,2,0,0,0,0,0,0
        美黑	0,2,0,0,0,0,0,0
        群	0,0,1,1,0,0,0,3
        群里	0,0,1,0,0,0,0,3
        羽	0,3,0,0,0,0,0,0
        羽绒	0,3,0,0,0,0,0,0
        翻	5,4,0,3,0,0,1,1
        翻了	0,0,0,1,0,0,0,1
        翻倍	0,0,0,2,0,0,0,0
        翻新	0,4,0,0,0,0,0,0
        翻白	3,0,0,0,0,0,0,0
        老	6,2,4,1,9,4,7,4
        老人	2,0,0,1,3,3,4,0
        老公	0,0,0,0,2,0,0,1
        老家	0,0,3,0,0,0,0,0
        老师	1,0,0,0,1,1,0,1
        老年	1,0,0,0,0,0,3,0
        老板	0,1,0,0,1,0,1,0
        老花	0,0,0,0,0,0,2,0
        考	0,0,0,0,0,0,1,3
        考虑	0,0,0,0,0,0,1,1
        者	4,5,4,2,3,3,2,1
        者也	0,0,1,0,0,1,0,0
        者了	1,0,0,0,1,0,0,0
        者曝	0,1,1,0,0,0,0,0
        而	1,0,1,0,1,0,1,0
        而已	1,0,1,0,0,0,0,0
        耐	10,0,0,0,0,0,0,0
        耐烦	7,0,0,0,0,0,0,0
        耐煩	2,0,0,0,0,0,0,0
        耳	1,6,0,0,0,0,0,0
        耳就	0,3,0,0,0,0,0,0
        耳机	0,6,0,0,0,0,0,0
        聊	2,0,1,1,0,0,0,0
        聊天	2,0,1,1,0,0,0,0
        联	1,1,1,0,3,3,1,3
        联系	1,1,1,0,3,3,0,3
        聽	2,0,0,0,0,1,0,0
        聽不	2,0,0,0,0,0,0,0
        肉	0,3,3,0,0,0,0,0
        肚	0,0,1,0,2,0,0,0
        肚子	0,0,1,0,1,0,0,0
        股	0,7,0,0,2,0,0,0
        股酸	0,3,0,0,0,0,0,0
        肯	1,1,0,0,1,0,0,1
        胀	0,2,0,0,0,0,0,0
        胆	0,2,0,0,0,0,0,0
        背	0,0,0,0,0,3,0,0
        胡	0,2,0,0,0,0,0,0
        胡桃	0,2,0,0,0,0,0,0
        胶	0,4,0,0,0,0,0,0
        胶了	0,2,0,0,0,0,0,0
        能	5,3,5,4,6,11,36,9
        能上	0,0,1,0,0,0,1,0
        能不	4,2,4,0,2,1,16,3
        能出	0,0,0,0,0,0,2,0
        能加	0,0,0,0,0,0,3,0
        能在	0,0,0,0,0,0,3,0
        能多	0,0,0,0,0,0,5,0
        能开	1,0,0,0,0,0,0,1
        能把	1,0,0,0,0,0,4,0
        能挤	0,0,0,0,0,2,0,0
        能每	0,0,0,0,0,1,1,0
        能用	0,0,0,0,0,2,1,0
        能给	0,1,2,0,0,1,0,0
        能退	0,0,0,3,1,0,0,1
        能送	2,0,1,0,0,0,0,0
        脏	1,0,0,1,0,1,0,0
        脑	0,0,2,0,0,0,0,1
        脚	1,0,1,0,0,1,0,0
        脚不	0,0,1,0,0,1,0,0
        脱	0,1,0,2,1,0,0,0
        脸	5,0,0,0,1,0,0,1
        脸色	2,0,0,0,1,0,0,0
        腊	0,0,2,0,1,0,0,0
        腊肉	0,0,2,0,0,0,0,0
        腰	0,0,0,0,3,0,0,0
        腰疼	0,0,0,0,2,0,0,0
        腹	0,0,0,0,2,0,0,0
        腾	1,2,0,0,0,1,0,0
        腿	0,0,3,0,2,1,0,0
        腿脚	0,0,1,0,0,1,0,0
        自	9,4,5,7,2,7,8,2
        自动	0,0,0,6,0,0,2,1
        自助	0,0,0,0,1,4,2,0
        自己	9,1,5,1,1,1,2,1
        自提	0,0,0,0,0,1,2,0
        臭	0,1,1,0,0,0,0,0
        至	3,0,2,0,0,0,1,1
        至于	3,0,2,0,0,0,0,1
        致	0,1,0,2,1,0,0,0
        航	0,1,2,1,0,0,1,13
        航局	0,0,0,1,0,0,1,8
        航班	0,0,0,0,0,0,0,12
        航空	0,0,1,0,0,0,1,1
        色	2,2,0,0,3,0,0,0
        花	0,1,2,0,3,1,2,0
        花瓶	0,0,2,0,0,0,0,0
        苦	1,0,0,0,0,0,2,0
        茶	0,0,0,0,3,0,0,0
        茶里	0,0,0,0,2,0,0,0
        药	1,1,1,0,1,0,1,0
        药店	1,1,0,0,0,0,1,0
        莫	0,0,0,5,0,0,0,2
        莫名	0,0,0,5,0,0,0,2
        菜	1,0,0,0,5,1,4,0
        菜单	0,0,0,0,0,0,3,0
        菜鱼	0,0,0,0,3,0,0,0
        营	5,1,0,1,0,3,2,3
        营业	5,0,0,1,0,3,1,2
        蓝	0,6,0,0,0,1,0,0
        蓝牙	0,5,0,0,0,0,0,0
        藏	1,0,0,0,0,0,1,0
        虑	0,0,0,0,0,0,1,1
        處	0,0,0,0,1,1,0,0
        處理	0,0,0,0,1,1,0,0
        虾	0,0,1,0,2,0,0,0
        蛋	0,3,2,0,1,0,0,0
        蛋糕	0,1,2,0,0,0,0,0
        融	2,0,0,5,0,0,0,1
        融监	2,0,0,5,0,0,0,0
        血	0,1,0,0,2,0,0,0
        行	8,9,4,9,1,8,5,12
        行卡	0,0,0,4,0,0,1,1
        行大	3,0,0,0,0,0,0,0
        行李	3,2,3,0,0,0,1,0
        行的	1,0,0,0,0,1,0,0
        行说	0,0,0,1,0,0,0,1
        行账	0,0,0,0,0,0,0,3
        街	0,0,3,0,0,0,0,0
        衣	1,3,1,0,1,3,0,0
        衣服	1,0,1,0,0,0,0,0
        衣机	0,2,0,0,0,0,0,0
        补	0,2,1,1,0,0,3,1
        补偿	0,1,1,0,0,0,0,1
        补贴	0,0,0,0,0,0,2,0
        表	2,1,0,7,0,0,3,1
        表扬	0,0,0,0,0,0,2,0
        表示	1,0,0,3,0,0,0,1
        袋	3,1,2,0,1,0,0,0
        袋子	3,0,0,0,0,0,0,0
        被	11,5,19,21,15,5,3,21
        被人	0,1,4,0,0,0,0,2
        被你	1,0,1,0,0,0,0,1
        被停	0,0,0,0,0,0,0,2
        被冒	0,0,1,0,0,0,0,1
        被冻	0,0,0,0,0,0,0,2
        被压	0,0,2,0,0,0,0,0
        被工	1,0,0,0,0,0,0,1
        被开	0,0,0,2,0,0,0,0
        被我	0,0,0,0,3,0,0,0
        被扣	0,0,0,7,0,0,0,0
        被拒	0,0,0,1,0,0,0,1
        被推	1,0,0,1,0,0,0,0
        被收	0,0,0,2,0,0,0,0
        被无	0,0,0,0,0,0,0,2
        被曝	0,0,1,0,0,0,1,0
        被消	1,0,1,0,0,0,0,0
        被电	0,0,0,1,3,0,0,0
        被盗	0,0,0,1,0,0,0,2
        被纸	0,0,0,0,2,0,0,0
        被记	1,1,0,0,0,0,0,0
        被这	2,0,0,1,0,0,0,0
        被送	0,0,3,0,0,0,0,0
        被重	0,0,0,2,0,0,0,0
        被锁	0,0,0,0,0,0,0,2
        裁	0,0,1,1,0,0,0,2
        裂	0,2,3,0,0,0,0,0
        裂了	0,0,3,0,0,0,0,0
        裂的	0,2,0,0,0,0,0,0
        装	0,11,1,2,4,0,9,4
        装一	0,0,0,0,0,0,3,0
        装上	0,1,0,0,1,0,0,0
        装也	0,0,0,0,0,0,0,3
        装了	0,2,0,0,0,0,0,1
        装充	0,0,0,0,0,0,2,0
        装几	0,0,0,0,0,0,2,0
        装完	0,1,0,0,1,0,0,0
        裡	0,0,1,1,2,0,0,2
        裡面	0,0,1,0,0,0,0,1
        裹	2,0,14,0,0,1,2,0
        裹也	0,0,2,0,0,0,0,0
        裹已	0,0,2,0,0,0,0,0
        裹往	2,0,0,0,0,0,0,0
        裹放	0,0,2,0,0,0,0,0
        裹被	0,0,2,0,0,0,0,0
        西	2,0,1,1,3,0,0,0
        西是	0,0,0,0,2,0,0,0
        要	15,8,8,11,12,11,16,19
        要不	1,0,0,0,0,1,1,0
        要个	1,0,0,0,0,1,0,0
        要出	1,0,0,0,0,0,0,2
        要去	2,2,0,4,0,0,1,0
        要发	0,0,0,1,0,0,0,1
        要好	1,0,0,0,1,0,0,0
        要帮	0,0,0,0,0,0,1,1
        要手	0,0,0,0,0,0,2,0
        要扣	0,0,0,3,0,0,0,1
        要把	1,0,1,0,0,0,1,0
        要投	0,1,0,0,0,1,0,1
        要报	0,0,0,0,3,0,0,0
        要改	1,0,0,0,0,0,0,1
        要是	0,0,0,0,1,0,1,0
        要曝	1,0,0,0,0,2,1,0
        要求	2,4,2,0,3,2,0,2
        要等	0,0,2,0,0,1,2,0
        要翻	1,0,0,0,0,0,1,0
        要起	0,0,0,1,0,0,0,1
        要餐	0,0,0,0,0,0,4,0
        见	5,0,4,2,0,0,1,0
        见了	1,0,1,0,0,0,0,0
        见过	0,0,3,0,0,0,0,0
        观	0,0,0,1,1,0,0,0
        规	1,0,0,0,0,0,0,2
        视	9,5,6,8,8,8,2,1
        视台	4,2,3,3,2,2,1,1
        视频	6,3,3,4,6,6,0,0
        觉	1,1,1,0,0,1,6,0
        觉得	1,1,1,0,0,1,6,0
        角	1,2,4,0,1,0,0,0
        解	3,2,0,3,0,0,0,8
        解决	2,0,0,1,0,0,0,0
        解冻	0,1,0,1,0,0,0,0
        解释	1,1,0,1,0,0,0,5
        訊	0,0,1,0,0,0,1,0
        診	0,0,0,0,2,0,0,0
        話	2,0,1,0,0,2,0,0
        說	3,0,2,1,0,1,1,0
        請	0,1,0,1,0,0,0,2
        請問	0,1,0,0,0,0,0,2
        講	1,0,0,0,0,1,0,0
        講話	1,0,0,0,0,1,0,0
        警	7,5,9,5,13,8,5,4
        警也	0,0,1,0,2,0,0,0
        警了	3,0,2,1,1,0,0,2
        警务	0,0,0,0,0,0,2,0
        警器	0,1,0,0,0,2,0,0
        警察	1,2,0,0,1,1,2,0
        警正	2,0,0,0,0,0,0,0
        警立	0,0,1,1,0,0,0,0
        議	0,0,0,0,1,0,4,0
        議貴	0,0,0,0,0,0,2,0
        讓	1,0,0,0,0,0,1,1
        计	1,1,0,2,1,0,1,0
        计较	1,0,0,0,1,0,0,0
        订	0,2,4,7,0,0,4,4
        订单	0,0,3,4,0,0,4,2
        订的	0,1,1,2,0,0,0,1
        订过	0,0,0,2,0,0,0,0
        认	0,3,2,2,1,0,4,4
        认为	0,1,0,0,0,0,0,1
        认勾	0,0,0,1,0,0,2,0
        认证	0,1,0,0,0,0,0,1
        让	11,2,3,1,6,1,2,7
        让你	2,0,0,0,0,0,0,0
        让其	0,0,0,0,1,0,0,1
        让大	5,0,0,0,0,1,0,0
        让我	2,2,3,1,1,0,1,4
        让所	0,0,0,0,1,0,0,1
        让更	0,0,0,0,0,0,1,1
        训	4,0,0,0,0,0,1,0
        议	0,0,0,1,1,3,42,1
        议你	0,0,0,0,0,0,10,0
        议在	0,0,0,0,0,0,3,0
        议地	0,0,0,0,0,0,2,0
        议外	0,0,0,0,0,0,2,0
        议室	0,0,0,1,0,1,0,0
        议物	0,0,0,0,0,0,4,0
        记	6,5,6,4,3,4,1,4
        记了	1,0,0,0,0,1,0,0
        记录	1,1,1,3,0,0,0,3
        记本	0,0,2,0,0,0,0,0
        记者	4,4,3,1,3,3,0,1
        讲	2,1,0,0,0,1,0,0
        论	0,1,0,1,0,0,0,0
        讼	0,3,0,1,0,0,0,1
        设	1,0,1,2,0,1,6,1
        设备	0,0,1,0,0,1,0,0
        设成	0,0,0,0,0,0,3,0
        设施	0,0,0,2,0,0,0,0
        访	1,0,1,1,0,0,0,0
        访过	1,0,0,1,0,0,0,0
        证	1,2,0,1,1,0,1,7
        证明	1,0,0,0,0,0,0,3
        评	7,1,1,0,0,0,2,1
        评价	1,0,0,0,0,0,1,0
        评理	5,0,0,0,0,0,0,0
        评评	5,0,0,0,0,0,0,0
        识	1,0,0,0,1,0,1,0
        诉	17,14,20,17,0,5,6,26
        诉也	1,0,0,0,0,0,0,1
        诉了	1,0,5,2,0,1,0,5
        诉你	0,1,0,0,0,0,0,2
        诉到	1,1,1,0,0,2,0,3
        诉受	1,0,0,1,0,0,0,0
        诉商	0,1,0,0,0,0,0,1
        诉热	2,0,0,1,0,0,0,0
        诉的	0,0,0,1,0,0,1,1
        诉讼	0,3,0,1,0,0,0,1
        诊	1,0,0,0,3,1,1,0
        试	1,0,0,1,2,1,1,2
        试了	0,0,0,0,1,0,0,1
        试试	0,0,0,0,1,1,1,0
        话	17,0,10,8,3,3,2,1
        话一	0,0,2,0,1,0,0,0
        话不	0,0,2,0,0,0,0,0
        话就	1,0,1,0,0,0,0,0
        话录	1,0,0,1,0,0,0,0
        话我	3,0,0,1,1,0,0,0
        话特	4,0,0,0,0,0,0,0
        话费	0,0,0,4,0,0,0,0
        话里	2,0,1,0,0,0,0,0
        询	2,1,1,2,0,1,1,4
        询了	0,0,1,0,0,1,0,0
        询律	0,0,0,2,0,0,0,1
        询问	2,0,0,0,0,0,0,1
        该	1,2,0,1,0,2,1,0
        详	0,3,1,1,0,0,0,0
        详情	0,3,0,0,0,0,0,0
        语	1,0,0,0,0,0,1,0
        误	1,1,1,0,1,1,0,9
        误了	0,0,0,0,0,0,0,3
        误投	0,0,0,0,0,0,0,2
        说	47,28,34,33,19,21,10,24
        说上	0,0,0,0,2,0,0,0
        说不	0,0,0,2,0,0,1,1
        说了	5,0,0,0,0,1,0,0
        说他	0,0,0,1,1,1,0,0
        说会	0,1,0,1,0,0,0,0
        说你	2,3,4,2,3,0,0,2
        说别	0,0,0,0,0,0,2,0
        说只	0,0,0,1,0,0,0,1
        说在	0,0,1,1,0,0,0,0
        说她	2,2,1,1,0,0,0,0
        说好	0,0,6,6,0,0,0,1
        说完	1,0,1,0,0,0,0,0
        说实	2,0,0,0,0,0,1,0
        说我	6,0,0,1,0,0,0,0
        说找	0,0,2,0,0,0,0,0
        说明	2,1,0,0,0,1,0,3
        说是	0,8,2,2,2,1,0,3
        说有	0,0,1,1,1,0,3,2
        说没	0,0,3,1,0,0,0,0
        说法	4,1,1,0,1,0,0,1
        说清	0,1,1,0,0,0,0,0
        说的	0,0,0,0,1,1,0,2
        说要	3,2,2,4,0,1,1,2
        说话	6,0,0,0,0,0,0,0
        说还	1,0,1,0,0,0,0,0
        说这	0,3,0,2,0,1,0,0
        请	3,2,3,9,9,0,2,12
        请了	0,0,1,1,0,0,0,1
        请仲	0,0,1,0,0,0,0,2
        请你	2,0,1,2,0,0,0,3
        请尽	0,0,0,1,1,0,0,0
        请立	0,0,0,0,2,0,0,1
        请问	0,0,0,1,1,0,0,3
        诺	0,0,3,1,0,0,0,0
        课	1,1,0,2,1,1,1,1
        课时	0,0,0,2,0,0,0,0
        课程	1,1,0,0,0,0,0,0
        谁	3,0,1,1,1,1,1,1
        调	4,2,1,1,0,8,0,0
        调坏	0,0,0,0,0,2,0,0
        调度	2,0,0,0,0,0,0,0
        谈	0,0,2,0,0,0,0,0
        谈了	0,0,2,0,0,0,0,0
        象	0,1,1,0,0,0,0,0
        貴	1,1,0,0,2,1,2,0
        貴公	1,1,0,0,0,0,2,0
        買	0,2,0,0,0,0,0,0
        買的	0,2,0,0,0,0,0,0
        費	0,1,0,2,0,0,0,0
        資	0,0,1,0,0,0,0,1
        賠	1,0,0,0,0,0,1,0
        購	0,1,1,0,0,0,0,0
        负	0,0,1,0,1,2,0,0
        负责	0,0,1,0,0,2,0,0
        财	0,0,0,1,0,0,1,0
        责	1,0,1,0,1,3,0,0
        责任	1,0,0,0,1,1,0,0
        责维	0,0,0,0,0,2,0,0
        账	1,0,1,19,0,0,1,18
        账单	0,0,0,8,0,0,0,0
        账号	0,0,0,0,0,0,0,11
        账户	0,0,0,4,0,0,0,6
        账时	0,0,0,1,0,0,1,0
        货	2,9,5,0,1,1,3,0
        货不	0,2,0,0,0,0,0,0
        货架	0,0,0,0,0,1,1,0
        货流	1,0,0,0,0,0,1,0
        质	1,10,0,0,1,1,0,0
        质量	0,6,0,0,0,0,0,0
        购	2,9,1,1,1,1,1,0
        购买	0,7,0,0,1,0,0,0
        购物	1,0,0,0,0,1,0,0
        购的	0,0,1,1,0,0,0,0
        贴	0,6,0,0,0,5,2,0
        贴了	0,0,0,0,0,2,0,0
        贴皮	0,3,0,0,0,0,0,0
        贴着	0,0,0,0,0,2,0,0
        贵	2,3,1,2,1,0,0,2
        贵公	0,1,0,0,0,0,0,1
        贵司	1,1,1,0,0,0,0,0
        贵店	0,2,0,0,0,0,0,0
        贵行	1,0,0,1,0,0,0,0
        费	4,2,2,40,2,3,6,5
        费大	1,0,0,0,0,1,0,0
        费机	0,0,0,0,0,2,0,0
        费用	0,0,0,1,1,0,0,0
        费的	0,0,0,3,0,0,2,0
        费突	0,0,0,2,0,0,0,0
        费被	0,0,0,2,0,0,0,0
        费账	0,0,0,3,0,0,0,0
        费退	0,0,0,2,0,0,0,0
        资	0,0,2,1,0,0,0,0
        资料	0,0,2,0,0,0,0,0
        赔	0,4,5,0,1,0,0,2
        赔三	0,3,0,0,0,0,0,0
        赔偿	0,1,2,0,1,0,0,0
        走	7,1,7,3,4,3,1,2
        走了	2,0,6,0,1,0,0,1
        走法	0,1,0,2,0,1,0,1
        走错	1,0,0,0,0,0,1,0
        赶	0,0,0,0,6,0,0,0
        赶紧	0,0,0,0,6,0,0,0
        起	5,10,8,8,13,2,2,10
        起就	2,0,0,0,0,0,0,0
        起来	0,0,0,1,2,0,1,0
        起火	0,0,0,0,8,0,0,0
        起诉	3,8,7,6,0,1,0,8
        超	1,6,0,1,6,2,1,0
        超市	1,6,0,0,5,2,1,0
        跑	1,0,2,1,6,1,1,0
        跑到	1,0,0,0,1,0,0,0
        跑步	0,0,0,0,2,1,0,0
        跑腿	0,0,1,0,1,0,0,0
        跟	6,7,2,2,2,4,1,3
        跟你	1,0,1,1,1,0,0,0
        跟宣	0,2,0,0,0,0,0,0
        跟我	3,0,1,0,0,0,0,1
        跟進	0,0,0,1,0,0,0,1
        路	7,0,2,4,6,3,1,2
        路上	2,0,1,0,0,0,0,0
        路由	0,0,0,0,0,2,0,0
        路边	2,0,0,0,3,0,0,0
        路退	0,0,0,2,0,0,0,0
        路那	1,0,0,0,0,1,0,0
        踢	1,0,2,0,0,0,0,0
        踢皮	0,0,2,0,0,0,0,0
        蹦	0,0,0,0,2,0,0,0
        蹦床	0,0,0,0,2,0,0,0
        身	4,3,1,6,4,5,0,4
        身份	0,0,0,0,0,0,0,3
        身房	1,1,0,2,3,5,0,0
        轉	0,0,1,0,0,0,0,2
        车	5,2,0,5,14,15,7,1
        车一	0,0,0,1,1,2,0,0
        车上	0,0,0,0,3,0,0,0
        车他	0,0,0,0,2,0,0,0
        车位	0,0,0,0,0,1,1,0
        车司	3,0,0,0,5,0,0,0
        车后	0,0,0,0,2,0,0,0
        车场	0,0,0,2,0,8,0,0
        车室	0,0,0,0,0,2,0,0
        车时	0,0,0,1,1,0,0,0
        车牌	1,0,0,0,0,0,1,0
        车电	0,0,0,0,3,0,0,0
        车的	0,0,0,0,0,1,1,0
        车站	0,0,0,0,0,2,0,0
        车费	0,0,0,2,0,0,0,0
        车边	0,0,0,0,3,0,0,0
        转	0,2,5,2,1,1,1,3
        转站	0,0,4,0,0,0,0,0
        转账	0,0,0,0,0,0,0,2
        轮	1,1,0,0,0,3,0,0
        轮到	1,0,0,0,0,1,0,0
        轮子	0,1,0,0,0,1,0,0
        软	0,1,0,0,0,0,0,1
        载	0,0,0,0,0,0,1,4
        载重	0,0,0,0,0,0,0,4
        较	1,0,0,1,1,0,1,0
        辆	0,0,0,0,0,2,2,0
        辆车	0,0,0,0,0,2,1,0
        辈	0,1,0,1,0,0,1,0
        输	0,1,3,0,2,0,0,1
        输液	0,0,0,0,2,0,0,0
        输的	0,1,2,0,0,0,0,0
        输途	0,0,2,0,0,0,0,0
        辛	0,0,0,0,0,0,2,0
        辛苦	0,0,0,0,0,0,2,0
        辣	0,1,0,0,4,0,0,0
        辣到	0,0,0,0,2,0,0,0
        辱	4,0,0,0,0,0,0,0
        辱骂	3,0,0,0,0,0,0,0
        边	3,2,0,4,12,3,3,0
        边上	0,1,0,0,1,0,0,0
        边也	0,0,0,1,0,1,1,0
        边刷	0,0,0,0,4,0,0,0
        边开	0,0,0,0,5,1,0,0
        边的	0,0,0,2,1,0,0,0
        边看	0,0,0,0,2,0,0,0
        达	0,0,5,0,0,0,0,0
        过	14,14,12,17,8,6,3,9
        过了	0,1,1,0,2,0,0,0
        过分	1,0,0,1,0,0,0,0
        过去	3,1,2,0,1,1,0,0
        过发	0,0,1,0,0,0,0,1
        过度	0,2,0,0,0,0,0,0
        过我	0,0,1,1,0,0,1,1
        过期	0,3,0,0,1,0,0,2
        过来	5,2,0,0,0,0,0,0
        过的	0,1,0,1,0,0,0,0
        过这	1,1,1,2,0,0,0,1
        运	0,4,11,2,0,1,2,0
        运动	0,2,0,0,0,0,0,0
        运的	0,0,2,0,0,0,0,0
        运费	0,1,1,2,0,0,1,0
        运输	0,1,3,0,0,0,0,0
        近	1,0,0,0,2,1,2,0
        近一	0,0,0,0,1,1,1,0
        还	21,19,22,20,27,11,2,11
        还不	1,1,2,0,1,0,0,1
        还以	0,0,1,1,0,0,0,0
        还在	0,0,1,0,8,1,0,0
        还好	0,1,0,1,4,0,0,0
        还得	0,1,1,0,0,0,0,0
        还想	0,0,2,0,0,0,0,0
        还把	3,0,1,0,0,0,0,0
        还报	0,0,0,1,1,1,0,0
        还是	0,4,2,1,4,3,0,2
        还有	1,9,1,2,1,3,1,0
        还来	2,0,0,0,0,0,0,0
        还没	2,1,4,5,2,1,0,0
        还能	0,0,0,0,0,0,1,1
        还被	1,0,0,1,0,0,0,0
        还要	0,0,0,0,0,1,0,1
        还让	0,0,2,1,0,0,0,0
        还说	4,1,0,1,0,0,0,0
        还骂	3,0,0,0,0,0,0,0
        这	22,25,12,27,18,14,8,12
        这一	0,0,0,2,0,0,0,0
        这不	0,0,0,0,0,1,1,0
        这个	0,7,6,11,5,3,1,4
        这么	5,0,1,1,0,1,0,0
        这事	2,0,1,0,0,1,0,0
        这些	1,0,0,0,0,0,1,1
        这件	1,0,0,0,0,0,0,1
        这台	0,4,0,0,0,1,0,0
        这周	0,0,0,1,0,0,0,1
        这家	0,0,1,2,4,1,0,0
        这已	1,1,0,0,0,0,0,0
        这批	0,1,0,0,3,0,0,0
        这是	1,1,0,0,1,0,0,0
        这栋	0,0,0,0,0,2,0,0
        这样	4,0,1,0,1,1,2,0
        这次	1,1,1,1,0,2,1,0
        这款	0,3,0,0,2,0,0,0
        这点	0,0,0,1,0,1,0,1
        这种	2,3,0,1,3,0,0,0
        这笔	0,0,0,2,0,0,0,0
        这质	0,3,0,0,0,0,0,0
        这边	0,0,0,1,0,0,1,0
        进	2,4,2,0,4,3,1,5
        进不	0,0,0,0,0,0,0,3
        进了	0,0,2,0,0,0,0,0
        进去	1,0,0,0,2,1,0,1
        进度	1,0,0,0,0,0,1,0
        进电	0,2,0,0,0,0,0,0
        远	0,0,1,0,0,1,0,0
        违	0,0,0,1,0,1,0,1
        违约	0,0,0,1,0,1,0,0
        连	3,0,0,1,4,4,0,2
        连上	0,0,0,0,0,2,0,0
        连不	0,0,0,0,0,2,0,0
        连个	0,0,0,0,2,0,0,0
        连续	0,0,0,1,0,0,0,1
        述	0,3,0,0,0,0,0,0
        述的	0,2,0,0,0,0,0,0
        追	1,0,1,1,4,0,2,0
        追回	0,0,1,1,0,0,0,0
        追尾	0,0,0,0,3,0,0,0
        追究	1,0,0,0,1,0,0,0
        退	2,10,3,36,1,1,5,12
        退一	0,3,0,1,0,0,0,1
        退保	0,0,0,1,0,0,0,1
        退卡	0,0,0,2,0,0,0,0
        退回	0,0,3,7,0,0,0,0
        退房	0,0,0,5,0,0,0,0
        退款	0,2,0,7,0,0,3,0
        退的	0,0,0,3,0,0,0,0
        退票	0,0,0,0,0,0,0,3
        退租	0,0,0,2,0,0,0,0
        退给	0,1,0,2,0,0,0,0
        退货	2,3,0,0,0,0,1,0
        退还	0,0,0,4,0,0,0,0
        送	7,3,24,0,4,0,5,0
        送上	2,0,2,0,0,0,0,0
        送到	1,0,12,0,0,0,0,0
        送员	1,0,1,0,0,0,0,0
        送检	0,2,0,0,0,0,0,0
        送的	0,0,0,0,1,0,1,0
        送达	0,0,3,0,0,0,0,0
        送错	1,0,3,0,0,0,0,0
        送餐	2,0,0,0,0,0,2,0
        选	0,0,2,0,0,0,8,1
        选的	0,0,2,0,0,0,0,0
        选项	0,0,0,0,0,0,5,0
        透	0,0,3,0,0,0,0,0
        透了	0,0,2,0,0,0,0,0
        递	4,1,28,0,0,0,4,0
        递公	0,0,5,0,0,0,0,0
        递员	4,0,11,0,0,0,0,0
        递显	0,0,4,0,0,0,0,0
        递柜	0,0,4,0,0,0,3,0
        途	0,0,2,2,0,0,0,2
        途中	0,0,2,0,0,0,0,0
        途径	0,0,0,2,0,0,0,1
        通	3,0,4,9,3,2,3,7
        通了	0,0,0,2,0,0,0,0
        通知	0,0,1,1,0,0,1,4
        通话	2,0,0,1,0,0,0,0
        通过	0,0,0,4,1,0,0,2
        通道	0,0,0,0,1,1,2,0
        速	0,0,0,0,3,0,1,0
        速上	0,0,0,0,2,0,0,0
        進	1,0,0,1,1,0,0,1
        運	0,1,1,0,0,0,0,0
        遍	5,0,0,1,0,0,0,0
        遍退	2,0,0,0,0,0,0,0
        道	11,1,3,4,6,8,8,4
        道个	2,0,0,0,0,0,0,0
        道你	1,0,0,0,0,1,0,0
        道我	0,0,1,0,0,0,0,1
        道歉	6,0,0,0,1,0,0,0
        道说	0,0,0,1,0,0,1,0
        道里	0,0,1,0,2,0,0,0
        道闸	0,0,0,0,0,3,0,0
        遮	0,0,0,0,0,0,2,0
        遮阳	0,0,0,0,0,0,2,0
        避	1,0,1,1,0,1,0,0
        避雷	1,0,1,1,0,1,0,0
        還	1,0,1,0,0,0,1,1
        還要	0,0,1,0,0,0,1,0
        邊	0,0,1,0,0,1,0,0
        那	19,4,2,3,8,5,6,6
        那一	0,0,0,0,1,1,1,0
        那个	11,3,1,1,3,2,2,3
        那么	2,0,1,0,0,0,1,1
        那位	3,0,0,0,0,0,0,0
        那家	3,0,0,0,1,1,1,0
        那我	0,1,0,0,0,0,0,1
        那边	1,0,0,1,1,0,0,0
        那里	0,0,0,0,1,0,1,0
        邮	0,0,10,2,0,0,0,0
        邮政	0,0,10,0,0,0,0,0
        邻	3,0,4,0,1,1,2,0
        邻居	3,0,4,0,1,1,2,0
        部	4,2,4,5,0,4,1,7
        部分	0,0,0,0,0,1,0,1
        部电	1,0,0,1,0,1,0,0
        部门	0,2,1,3,0,1,1,1
        都	19,12,21,11,12,18,17,14
        都一	1,0,0,0,0,0,0,1
        都不	5,0,0,0,0,1,1,2
        都在	1,0,0,0,3,0,0,0
        都录	2,0,1,0,0,0,0,0
        都得	0,0,0,0,0,2,1,0
        都打	0,0,2,0,0,0,0,0
        都找	0,0,1,1,0,1,0,0
        都是	1,2,0,0,0,1,0,1
        都有	0,1,1,1,0,0,0,0
        都没	3,4,1,2,4,6,2,3
        都留	0,2,0,0,0,0,0,0
        都看	1,0,1,0,0,0,1,1
        都知	0,0,0,0,1,0,0,1
        都破	0,0,0,0,2,0,0,0
        都第	0,0,1,1,0,0,0,0
        都要	0,0,0,0,1,0,6,0
        都说	0,0,4,2,0,2,0,0
        都这	1,0,1,0,0,0,0,0
        都进	0,0,0,0,0,0,0,2
        都难	1,0,0,0,0,1,0,0
        配	1,1,2,0,1,1,3,0
        配送	1,0,1,0,0,0,3,0
        酒	1,1,0,3,6,11,1,2
        酒店	1,0,0,3,5,11,1,2
        酸	0,7,0,0,4,0,0,0
        酸味	0,2,0,0,0,0,0,0
        酸奶	0,2,0,0,0,0,0,0
        酸菜	0,0,0,0,3,0,0,0
        醒	3,2,0,0,3,2,3,0
        醒他	1,0,0,0,2,0,0,0
        醒目	0,0,0,0,1,0,1,0
        采	1,0,1,1,0,0,0,0
        采访	1,0,1,1,0,0,0,0
        释	1,1,0,1,0,0,0,5
        释一	0,0,0,1,0,0,0,1
        里	7,2,14,14,22,9,9,13
        里一	0,0,0,2,1,1,0,1
        里关	0,0,0,0,0,0,1,1
        里划	0,0,0,0,3,0,0,0
        里发	0,0,0,0,2,1,0,0
        里吃	0,0,0,0,3,0,0,0
        里喝	0,0,0,0,2,0,0,0
        里多	0,0,0,1,0,0,1,0
        里头	1,0,0,0,0,1,0,0
        里就	0,0,1,2,0,0,0,0
        里开	0,0,0,0,0,0,0,2
        里显	0,0,0,1,0,0,1,0
        里有	0,0,1,1,2,0,0,1
        里的	1,0,1,0,1,0,0,2
        里翻	0,0,0,1,0,0,0,1
        里说	2,0,1,1,0,0,0,1
        里面	0,1,6,0,1,1,0,0
        重	1,7,2,4,2,3,2,5
        重不	0,4,0,0,0,0,0,0
        重启	0,0,0,0,0,2,0,0
        重复	0,0,0,3,0,0,0,0
        重影	0,1,0,0,0,1,0,0
        重新	0,1,1,0,0,0,0,0
        重装	0,0,0,0,0,0,0,4
        量	0,8,0,0,0,0,1,0
        量也	0,5,0,0,0,0,0,0
        量问	0,3,0,0,0,0,0,0
        金	2,0,0,17,0,0,0,1
        金融	2,0,0,5,0,0,0,0
        金额	0,0,0,2,0,0,0,0
        鉴	0,4,0,0,0,0,0,0
        鉴定	0,4,0,0,0,0,0,0
        銀	0,0,0,0,0,1,0,1
        銀行	0,0,0,0,0,1,0,1
        针	0,0,0,0,5,0,0,0
        钟	6,0,2,0,1,4,1,0
        钢	0,1,4,0,4,0,0,0
        钢丝	0,0,0,0,4,0,0,0
        钢琴	0,0,4,0,0,0,0,0
        钮	0,1,0,0,0,1,2,0
        钱	4,3,0,11,0,1,0,1
        钱不	0,1,0,1,0,0,0,0
        钱到	0,0,0,2,0,0,0,0
        钱退	0,1,0,1,0,0,0,0
        铁	0,1,0,1,5,3,4,3
        铁丝	0,0,0,0,3,0,0,0
        铁站	0,0,0,1,0,3,3,0
        铃	0,0,0,3,0,1,0,0
        银	4,0,0,8,0,3,5,6
        银员	2,0,0,0,0,0,0,0
        银行	2,0,0,7,0,3,4,5
        销	0,3,0,2,0,0,1,3
        锁	0,0,0,0,0,3,1,2
        锁坏	0,0,0,0,0,2,0,0
        锅	0,3,0,0,3,1,0,0
        锅底	0,0,0,0,2,0,0,0
        锅店	0,0,0,0,2,0,0,0
        锈	0,2,0,0,0,0,0,0
        错	4,0,4,2,1,0,3,2
        错了	3,0,2,2,0,0,0,0
        键	0,1,0,0,0,0,2,0
        镜	1,0,0,0,1,0,1,0
        长	4,3,0,1,4,3,6,3
        长期	0,0,0,0,0,2,0,0
        长辈	0,1,0,0,0,0,1,0
        长都	0,0,0,0,2,0,0,0
        間	0,0,0,0,1,2,1,0
        门	12,5,11,5,4,9,9,1
        门卫	0,0,4,0,0,0,1,0
        门取	1,0,0,0,0,0,1,0
        门口	5,0,5,0,3,3,5,0
        门店	4,0,0,0,0,0,1,0
        门诊	0,0,0,0,0,1,1,0
        门锁	0,0,0,0,0,2,0,0
        闪	0,1,0,0,0,1,0,6
        闪退	0,0,0,0,0,0,0,6
        闭	1,0,0,1,0,0,1,1
        问	25,9,3,5,7,1,3,16
        问一	2,0,0,1,0,0,0,7
        问个	2,0,0,0,0,0,0,0
        问了	9,0,2,0,0,1,0,0
        问你	0,0,0,1,0,0,0,1
        问能	1,0,0,0,1,0,0,0
        问过	0,0,0,1,0,0,0,2
        问这	0,1,0,0,1,0,0,0
        问问	0,1,1,2,1,0,0,1
        问题	6,8,0,0,4,0,2,0
        闲	0,1,0,0,0,0,1,0
        间	4,2,2,3,2,14,7,3
        间延	0,0,0,0,0,0,2,0
        间热	0,0,0,0,0,2,0,0
        间的	1,0,0,0,1,5,0,0
        闸	0,0,0,0,0,3,0,0
        闹	4,3,1,3,0,0,1,3
        闹上	1,0,0,0,0,0,0,1
        闹到	2,1,0,0,0,0,1,0
        闹大	1,1,1,1,0,0,0,1
        闻	3,0,7,1,6,3,3,5
        闻上	0,0,0,0,0,0,0,2
        闻才	0,0,1,0,0,0,1,0
        闻的	0,0,1,0,0,1,0,0
        闻说	0,0,4,0,3,0,3,2
        闻里	1,0,0,0,0,0,0,1
        阀	0,1,0,0,1,0,0,0
        队	7,0,1,0,0,3,6,0
        队二	1,0,0,0,0,1,0,0
        队的	4,0,1,0,0,0,2,0
        防	0,0,1,1,6,0,0,0
        阳	2,0,0,0,1,0,2,0
        阳怪	2,0,0,0,0,0,0,0
        阳棚	0,0,0,0,0,0,2,0
        阴	2,0,0,0,0,0,0,0
        阴阳	2,0,0,0,0,0,0,0
        阶	0,0,0,0,1,1,0,0
        阿	3,0,0,0,0,0,1,0
        阿姨	3,0,0,0,0,0,1,0
        附	0,1,0,0,0,0,2,0
        附近	0,0,0,0,0,0,2,0
        际	0,2,0,1,0,0,1,0
        陌	0,0,2,0,0,0,0,0
        陌生	0,0,2,0,0,0,0,0
        降	0,0,1,0,1,0,0,0
        降压	0,0,1,0,1,0,0,0
        限	0,0,0,0,0,0,1,1
        院	5,5,6,6,14,7,2,3
        院处	0,0,0,0,2,0,0,0
        院对	1,0,1,0,0,0,0,0
        院挂	1,0,0,0,5,0,0,0
        院提	0,2,0,1,0,0,0,0
        院收	1,0,0,0,0,1,0,0
        院的	0,0,1,0,0,2,0,0
        院街	0,0,3,0,0,0,0,0
        院起	0,1,0,2,0,0,0,1
        院路	1,0,1,0,0,1,0,0
        院输	0,0,0,0,2,0,0,0
        院门	0,0,0,0,0,1,1,0
        险	0,0,0,1,1,0,0,3
        随	0,0,0,1,1,1,1,0
        随时	0,0,0,1,0,0,1,0
        隐	0,0,0,1,2,0,0,1
        隐患	0,0,0,0,2,0,0,0
        隔	1,1,7,0,0,3,0,0
        隔壁	0,0,6,0,0,1,0,0
        隔间	0,0,0,0,0,2,0,0
        障	0,4,0,0,1,6,1,1
        障碍	0,0,0,0,0,2,1,0
        难	4,0,1,0,0,1,1,0
        难受	2,0,0,0,0,0,1,0
        难听	2,0,0,0,0,0,0,0
        雨	0,1,1,0,1,1,1,0
        雨天	0,1,0,0,1,0,1,0
        零	1,0,1,0,3,0,0,1
        零件	0,0,1,0,3,0,0,0
        雷	1,0,1,1,0,1,0,0
        電	1,0,1,2,0,1,0,0
        電話	1,0,1,0,0,1,0,0
        雾	0,2,0,0,0,2,0,1
        雾报	0,1,0,0,0,2,0,0
        需	1,0,0,0,1,0,3,2
        需要	1,0,0,0,1,0,3,2
        霉	0,2,0,0,0,0,0,0
        露	0,0,0,0,1,0,0,4
        露用	0,0,0,0,0,0,0,2
        静	0,0,0,0,0,1,1,0
        非	2,0,1,0,1,1,0,1
        非常	2,0,0,0,1,1,0,0
        靠	1,0,0,0,0,5,0,0
        靠背	0,0,0,0,0,3,0,0
        面	11,12,10,3,5,5,8,9
        面一	1,1,0,0,1,1,0,1
        面上	1,0,0,0,0,1,0,0
        面修	0,0,0,0,0,0,0,2
        面加	0,0,0,0,0,0,2,0
        面排	2,0,0,0,0,1,0,0
        面的	0,1,5,0,0,2,0,0
        面直	0,1,0,0,0,0,1,0
        面答	0,2,0,0,0,0,0,0
        面那	2,0,0,1,0,0,0,0
        面都	0,0,0,0,0,0,0,2
        面骂	2,0,0,0,0,0,0,0
        鞋	0,4,0,0,0,0,0,0
        鞋底	0,3,0,0,0,0,0,0
        音	8,4,2,2,0,1,1,0
        音了	1,2,0,0,0,0,0,0
        音我	2,0,0,0,0,0,0,0
        页	0,7,1,3,0,0,5,5
        页写	0,2,0,0,0,0,0,0
        页面	0,1,1,2,0,0,5,4
        项	0,0,0,4,0,0,5,0
        须	0,1,0,0,2,0,0,0
        须给	0,1,0,0,1,0,0,0
        预	0,0,0,2,0,0,5,2
        预付	0,0,0,1,0,0,1,0
        预约	0,0,0,0,0,0,2,1
        频	6,3,3,4,6,7,0,0
        频会	0,0,0,1,0,2,0,0
        频发	2,1,0,0,0,0,0,0
        频已	1,0,1,0,0,0,0,0
        频彩	0,0,0,3,0,0,0,0
        频我	1,1,1,0,0,2,0,0
        颗	0,2,0,0,0,0,0,0
        题	6,9,1,0,4,0,2,0
        题我	0,1,0,0,0,0,1,0
        题是	0,1,0,0,1,0,0,0
        额	0,0,0,2,2,0,1,0
        额头	0,0,0,0,2,0,0,0
        风	0,0,0,0,1,3,0,2
        风机	0,0,0,0,1,1,0,0
        飞	0,1,0,0,0,0,0,2
        食	0,1,0,0,4,0,1,3
        食物	0,0,0,0,4,0,0,0
        飯	0,0,0,0,1,1,0,0
        飯店	0,0,0,0,1,1,0,0
        餐	5,3,1,3,2,1,9,3
        餐具	0,0,0,0,0,0,4,0
        餐厅	0,0,0,0,1,1,1,0
        餐时	1,0,0,0,0,0,2,0
        餐桌	0,3,0,0,0,0,0,0
        餐食	0,0,0,0,0,0,0,3
        饭	0,4,1,0,3,0,1,0
        饭也	0,1,1,0,0,0,0,0
        饭煲	0,2,0,0,0,0,0,0
        馆	0,0,0,0,0,2,0,0
        马	0,0,0,1,2,0,0,0
        马上	0,0,0,1,2,0,0,0
        驿	2,0,3,0,0,1,3,0
        驿站	2,0,3,0,0,1,3,0
        骂	19,0,1,0,0,0,0,0
        骂了	2,0,0,0,0,0,0,0
        骂人	2,0,0,0,0,0,0,0
        骂咧	3,0,0,0,0,0,0,0
        骂我	6,0,0,0,0,0,0,0
        骂骂	3,0,0,0,0,0,0,0
        骑	6,0,2,0,0,0,2,1
        骑手	6,0,2,0,0,0,2,1
        骨	0,0,0,0,2,0,0,0
        骨折	0,0,0,0,2,0,0,0
        高	0,1,0,0,6,4,6,1
        高峰	0,0,0,0,0,1,4,0
        高架	0,0,0,0,2,0,0,0
        高速	0,0,0,0,2,0,0,0
        高铁	0,0,0,0,0,2,1,1
        鱼	0,0,0,0,3,0,0,0
        鲜	0,2,2,0,0,0,3,0
        鲜区	0,0,0,0,0,0,2,0
        鲜订	0,0,1,0,0,0,1,0
        鸡	0,2,0,0,0,0,0,0
        鸭	0,2,0,0,0,0,0,0
        鸭绒	0,2,0,0,0,0,0,0
        麻	1,4,4,7,6,0,1,1
        麻烦	0,4,4,7,1,0,1,1
        麻辣	0,0,0,0,2,0,0,0
        黄	1,2,0,0,0,0,0,1
        黑	2,7,0,1,2,2,1,0
        黑乎	0,0,0,0,0,2,0,0
        黑猫	0,2,0,1,0,0,0,0
        黑胡	0,2,0,0,0,0,0,0
        黑色	0,0,0,0,2,0,0,0
        默	0,0,0,1,0,0,4,0
        默认	0,0,0,1,0,0,4,0
        點	0,0,1,0,1,0,1,0
        鼓	0,0,0,0,3,0,0,0
        鼓包	0,0,0,0,3,0,0,0
        龙	0,0,0,0,2,2,0,0
        龙头	0,0,0,0,0,2,0,0
        龙虾	0,0,0,0,2,0,0,0
        """#

    /// ``modelText`` read.
    static let categoryModel: CategoryModel = {
        do {
            return try CategoryModel(text: modelText)
        } catch {
            fatalError("the embedded category model does not load: \(error)")
        }
    }()
}
